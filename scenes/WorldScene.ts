/*
 * The world behind the controls: the place the story happens, the child in it, and the things
 * the story is about, gently moving. It only shows; every control is in the DOM overlay.
 * Driven entirely by events from the overlay (src/app/eventBus), so it holds no game state.
 */
import Phaser from 'phaser';
import { type EventMap, eventBus } from '../src/app/eventBus';
import { PLACE_LOOKS } from './places';
import { SceneKey } from './sceneKeys';

export class WorldScene extends Phaser.Scene {
  private backdrop!: Phaser.GameObjects.Graphics;
  private actors: Phaser.GameObjects.Image[] = [];
  private last: EventMap['world:scene'] | null = null;
  private unsubscribe: (() => void)[] = [];
  reducedMotion = false;

  constructor() {
    super(SceneKey.World);
  }

  create(): void {
    this.backdrop = this.add.graphics();
    this.unsubscribe = [
      eventBus.on('world:scene', (s) => this.show(s)),
      eventBus.on('world:right', () => this.celebrate()),
      eventBus.on('world:try-again', () => this.wobble()),
      eventBus.on('world:stamp', ({ icon }) => this.stamp(icon)),
      eventBus.on('world:clear', () => this.show(null)),
    ];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const off of this.unsubscribe) off();
    });
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.show(this.last));
    // Ready: show where the story already is (said before Phaser had loaded), not a default place.
    this.show(eventBus.currentScene());
  }

  /** Loads any icons not yet loaded, then calls back. */
  private withTextures(names: string[], then: () => void) {
    const missing = [...new Set(names)].filter((n) => !this.textures.exists(n));
    if (missing.length === 0) return then();
    for (const n of missing) this.load.svg(n, `icons/${n}.svg`, { width: 256, height: 256 });
    this.load.once(Phaser.Loader.Events.COMPLETE, then);
    this.load.start();
  }

  private show(scene: EventMap['world:scene'] | null) {
    this.last = scene;
    // Which place is drawn, on the (hidden) world host: for tests and teachers' tools.
    this.game.canvas?.parentElement?.setAttribute('data-place', scene?.place ?? '');
    const { width, height } = this.scale;
    const look = PLACE_LOOKS[scene?.place ?? 'playground'];
    const g = this.backdrop.clear();
    // Gradient fills are WebGL-only in Phaser; on the Canvas renderer, soft bands do the same.
    const BANDS = 16;
    for (let i = 0; i < BANDS; i++) {
      g.fillStyle(mix(look.top, look.bottom, i / (BANDS - 1)), 1);
      g.fillRect(0, (height * i) / BANDS, width, height / BANDS + 1);
    }
    g.fillStyle(look.floor, 1);
    g.fillRect(0, height * 0.78, width, height * 0.22);
    this.drawFeature(g, look.feature, width, height);
    for (const a of this.actors) a.destroy();
    this.actors = [];
    if (!scene) return;
    const names = [...(scene.character ? [scene.character] : []), ...scene.art];
    this.withTextures(names, () => {
      if (this.last !== scene) return;
      const size = Math.min(height * 0.42, width / (names.length + 1.5));
      names.forEach((name, i) => {
        const x = (width * (i + 1)) / (names.length + 1);
        const image = this.add.image(x, height * 0.78 - size / 2, name).setDisplaySize(size, size);
        this.actors.push(image);
        if (!this.reducedMotion) {
          this.tweens.add({
            targets: image,
            y: image.y - size * 0.06,
            duration: 1400 + i * 200,
            yoyo: true,
            repeat: -1,
            ease: 'Sine.easeInOut',
          });
        }
      });
    });
  }

  private drawFeature(g: Phaser.GameObjects.Graphics, feature: string, width: number, height: number) {
    switch (feature) {
      case 'window':
        g.fillStyle(0xffffff, 1).fillRoundedRect(width * 0.7, height * 0.1, width * 0.2, height * 0.35, 12);
        g.fillStyle(0xa9ddff, 1).fillRoundedRect(width * 0.71, height * 0.12, width * 0.18, height * 0.31, 8);
        break;
      case 'sun':
        g.fillStyle(0xffd23f, 1).fillCircle(width * 0.85, height * 0.2, height * 0.1);
        break;
      case 'moon':
        g.fillStyle(0xfff6c2, 1).fillCircle(width * 0.85, height * 0.2, height * 0.08);
        break;
      case 'board':
        g.fillStyle(0x2f6b4f, 1).fillRoundedRect(width * 0.3, height * 0.08, width * 0.4, height * 0.3, 10);
        break;
      case 'shelves':
        g.fillStyle(0xb07a4f, 1);
        for (let i = 0; i < 3; i++) g.fillRect(width * 0.05, height * (0.15 + i * 0.15), width * 0.2, 8);
        break;
      case 'road':
        g.fillStyle(0xffffff, 1);
        for (let x = 0; x < width; x += 80) g.fillRect(x, height * 0.88, 40, 6);
        break;
      case 'screen':
        g.fillStyle(0x3b4a6b, 1).fillRoundedRect(width * 0.08, height * 0.08, width * 0.18, height * 0.26, 14);
        break;
    }
  }

  private celebrate() {
    const { width, height } = this.scale;
    this.withTextures(['star'], () => {
      const count = this.reducedMotion ? 3 : 12;
      for (let i = 0; i < count; i++) {
        const star = this.add.image(width / 2, height * 0.6, 'star').setDisplaySize(48, 48);
        const angle = (Math.PI * 2 * i) / count;
        this.tweens.add({
          targets: star,
          x: width / 2 + Math.cos(angle) * width * 0.3,
          y: height * 0.5 + Math.sin(angle) * height * 0.35,
          alpha: 0,
          duration: this.reducedMotion ? 10 : 1100,
          onComplete: () => star.destroy(),
        });
      }
    });
  }

  private wobble() {
    if (this.reducedMotion) return;
    for (const actor of this.actors) {
      this.tweens.add({
        targets: actor,
        angle: { from: -6, to: 6 },
        duration: 120,
        yoyo: true,
        repeat: 2,
        onComplete: () => actor.setAngle(0),
      });
    }
  }

  private stamp(icon: string) {
    const { width, height } = this.scale;
    this.withTextures([icon], () => {
      const image = this.add.image(width / 2, height / 2, icon).setDisplaySize(height * 0.6, height * 0.6);
      this.actors.push(image);
      if (this.reducedMotion) return;
      image.setScale(image.scaleX * 2.4).setAlpha(0);
      this.tweens.add({ targets: image, scale: image.scaleX / 2.4, alpha: 1, duration: 450, ease: 'Back.easeOut' });
    });
  }
}

/** A colour part-way between two (0 = a, 1 = b), channel by channel. */
function mix(a: number, b: number, t: number): number {
  const channel = (shift: number) => {
    const from = (a >> shift) & 0xff;
    const to = (b >> shift) & 0xff;
    return Math.round(from + (to - from) * t) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}
