/*
 * The world behind the controls: the place the story happens, the child in it, the things the
 * story is about and, on the story's device, what its screen shows (the pop-up, the chat, the
 * call), gently moving. It only shows; every control is in the DOM overlay. Driven entirely by
 * events from the overlay (src/app/eventBus), so it holds no game state.
 *
 * What it drew is written on its host element (data-screen, data-screen-words in the current
 * language, data-screen-state, data-tweens, data-smallest-text, data-drawings begun and data-drawn
 * finished) for the end-to-end tests and teachers' tools: the canvas itself is decoration, hidden
 * from screen readers (the caption says it all).
 */
import i18next from 'i18next';
import Phaser from 'phaser';
import { type EventMap, eventBus, type Feeling, type WorldScreen } from '../src/app/eventBus';
import { packText } from '../src/app/i18n';
import { sounds } from '../src/audio/sounds';
import { calm } from './calmMotion';
import { PLACE_LOOKS } from './places';
import { SceneKey } from './sceneKeys';
import { type DrawnScreen, deviceBox, drawScreen, screenIcons } from './screenDrawing';

/** The face beside the child for each feeling (Fluent Emoji). */
const FEELING_FACES: Record<Feeling, string> = {
  happy: 'smiling-face-with-smiling-eyes',
  unsure: 'thinking-face',
  worried: 'worried-face',
  relieved: 'hugging-face',
};

/** The faces and stars an answer brings: loaded with the first picture and always kept. */
const ANSWER_PICTURES = [...Object.values(FEELING_FACES), 'glowing-star'];

/** Pictures of devices in a scene's art: not drawn beside a device that is drawn for real. */
const DEVICE_ICONS = new Set(['tablet', 'laptop', 'mobile-phone', 'desktop-computer']);

type SceneEvent = EventMap['world:scene'];

export class WorldScene extends Phaser.Scene {
  private actors: Phaser.GameObjects.GameObject[] = [];
  private screen: DrawnScreen | null = null;
  /** The face that says how the child in the story feels, beside them. */
  private feeling: Phaser.GameObjects.Container | null = null;
  /** A feeling an answer brought (relieved, unsure) in the scene it belongs to: kept on a redraw. */
  private felt: { in: SceneEvent | null; feeling: Feeling } | null = null;
  private last: SceneEvent | null = null;
  /** The scene whose drawing has finished (its pictures loaded and placed). */
  private drawnFor: SceneEvent | null = null;
  /** Counts drawings: a picture that finishes loading after a newer drawing began is not drawn. */
  private drawing = 0;
  /** The size the last drawing was made for. */
  private drawnSize = { width: 0, height: 0 };
  /** The stage's size is being read for the drawing about to be made (no second drawing for it). */
  private measuring = false;
  /** The scene whose screen the child turned off: a redraw (a resize, a language) keeps it dark. */
  private offIn: SceneEvent | null = null;
  /** The scene whose message has pinged already. */
  private pinged: SceneEvent | null = null;
  private unsubscribe: (() => void)[] = [];
  /** The pictures this scene has loaded (the icons; a texture key is the icon's name). */
  private readonly loaded = new Set<string>();
  /** Calls waiting on the world's clock (a ping, stars going): the world is not at rest. */
  private waiting = 0;
  /** Frames drawn since nothing moved, loaded or waited. */
  private stillFrames = 0;

  /** The device's setting (src/app/applySettings) or the system's, read at every drawing. */
  private get reducedMotion(): boolean {
    return (
      document.documentElement.dataset.motion === 'reduced' || matchMedia('(prefers-reduced-motion: reduce)').matches
    );
  }

  constructor() {
    super(SceneKey.World);
  }

  create(): void {
    // Every event wakes the world's loop first: at rest it draws nothing until something happens.
    const awake =
      <A extends unknown[]>(act: (...args: A) => void) =>
      (...args: A) => {
        this.game.loop.wake();
        act(...args);
      };
    const redraw = awake(() => this.show(this.last));
    i18next.on('languageChanged', redraw);
    this.unsubscribe = [
      eventBus.on(
        'world:scene',
        awake((s) => this.show(s)),
      ),
      eventBus.on(
        'world:right',
        awake(() => {
          sounds.play('chime');
          this.feel('relieved');
          this.celebrate();
        }),
      ),
      eventBus.on(
        'world:try-again',
        awake(() => {
          sounds.play('hmm');
          this.feel('unsure');
          this.wobble();
        }),
      ),
      eventBus.on(
        'world:stamp',
        awake(({ icon }) => this.stamp(icon)),
      ),
      eventBus.on(
        'world:clear',
        awake(() => this.show(null)),
      ),
      eventBus.on(
        'world:screen-off',
        awake(() => this.turnScreenOff()),
      ),
      () => i18next.off('languageChanged', redraw),
    ];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const off of this.unsubscribe) off();
    });
    this.scale.on(Phaser.Scale.Events.RESIZE, (size: Phaser.Structs.Size) => {
      // Phaser says "resize" when the canvas only moves on the page too: that needs no drawing.
      if (this.measuring) return;
      if (size.width !== this.drawnSize.width || size.height !== this.drawnSize.height) redraw();
    });
    // Ready: show where the story already is (said before Phaser had loaded), not a default place.
    this.show(eventBus.currentScene());
    // Loaded with the first picture, not as the child answers.
    this.withTextures(ANSWER_PICTURES, () => {});
  }

  /**
   * Nothing moving, loading or waiting: after two more frames (the last motion's end is drawn)
   * the loop sleeps, the canvas keeping its last frame. A cheap tablet then spends nothing on a
   * world that is standing still while the child listens and chooses.
   */
  override update(): void {
    // The manager's own list, not getTweens(), which copies it at every frame.
    const resting = this.tweens.tweens.length === 0 && !this.load.isLoading() && this.waiting === 0;
    this.stillFrames = resting ? this.stillFrames + 1 : 0;
    if (this.stillFrames > 2) {
      this.stillFrames = 0;
      this.game.loop.sleep();
    }
  }

  /** A call on the world's clock, counted so the world does not rest before it. */
  private later(ms: number, then: () => void) {
    this.waiting++;
    this.time.delayedCall(ms, () => {
      this.waiting--;
      then();
    });
  }

  /** The world's host element, where what was drawn is written down. */
  private get host(): HTMLElement | null {
    return this.game.canvas?.parentElement ?? null;
  }

  /** Loads any icons not yet loaded, then calls back. */
  private withTextures(names: string[], then: () => void) {
    const missing = [...new Set(names)].filter((n) => !this.textures.exists(n));
    if (missing.length === 0) return then();
    for (const n of missing) {
      this.loaded.add(n);
      this.load.svg(n, `icons/${n}.svg`, { width: 256, height: 256 });
    }
    this.load.once(Phaser.Loader.Events.COMPLETE, then);
    this.load.start();
  }

  /**
   * Frees the pictures earlier scenes loaded that nothing on the stage shows now (a child's
   * journey meets about sixty, each 256 KB of pixels); the faces and stars an answer brings stay.
   * A picture met again is loaded again, from the device's own cache.
   */
  private letGoOfUnusedPictures() {
    const inUse = new Set(ANSWER_PICTURES);
    const visit = (objects: Phaser.GameObjects.GameObject[]) => {
      for (const o of objects) {
        if (o instanceof Phaser.GameObjects.Container) visit(o.list);
        const key = (o as { texture?: { key?: string } }).texture?.key;
        if (key) inUse.add(key);
      }
    };
    visit(this.children.list);
    for (const key of this.loaded) {
      if (inUse.has(key) || !this.textures.exists(key)) continue;
      this.textures.remove(key);
      this.loaded.delete(key);
    }
  }

  /**
   * The stage's size now: the screen that tells a scene has just put its words and answers in
   * place, and Phaser would notice their room only at its next look.
   */
  private measure() {
    if (!this.scale.getParentBounds()) return;
    this.measuring = true;
    this.scale.refresh();
    this.measuring = false;
  }

  private show(scene: SceneEvent | null) {
    this.measure();
    // The same scene told again (a child's "Try again"): what is drawn stays where it is, only
    // the child's face goes back to the scene's own. Drawing it all again would stall the next
    // frames on a slow tablet just as the question is read out.
    const previous = this.last;
    const sameAgain =
      scene &&
      previous &&
      scene !== previous &&
      this.drawnFor === previous &&
      this.drawnSize.width === this.scale.width &&
      this.drawnSize.height === this.scale.height &&
      this.offIn !== previous &&
      JSON.stringify(scene) === JSON.stringify(previous);
    if (sameAgain) {
      this.last = scene;
      this.drawnFor = scene;
      this.felt = null;
      if (scene.feeling) this.feel(scene.feeling);
      return;
    }
    this.last = scene;
    this.drawnFor = null;
    const drawing = ++this.drawing;
    const host = this.host;
    host?.setAttribute('data-place', scene?.place ?? '');
    host?.setAttribute('data-drawings', String(drawing));
    host?.setAttribute('data-motion', this.reducedMotion ? 'reduced' : 'full');
    const { width, height } = this.scale;
    this.drawnSize = { width, height };
    this.drawBackdrop(scene?.place ?? 'playground');
    this.tweens.killTweensOf(this.actors);
    for (const a of this.actors) a.destroy();
    this.actors = [];
    this.feeling = null;
    if (this.screen) {
      this.tweens.killTweensOf(this.screen.container.list);
      this.screen.container.destroy();
    }
    this.screen = null;
    const shown = scene?.screen && scene.screen.shown.content.show !== 'nothing' ? scene.screen : null;
    this.describe(shown, null);
    if (!scene) return;
    const screenNames = shown ? screenIcons(shown.shown.content, scene.character) : [];
    // What the screen shows (Grandma on the call, the device itself) is not drawn again beside it.
    const art = shown ? scene.art.filter((n) => !DEVICE_ICONS.has(n) && !screenNames.includes(n)) : scene.art;
    const people = [...(scene.character ? [scene.character] : []), ...(scene.adult ? [scene.adult] : [])];
    const names = [...people, ...art];
    this.withTextures([...names, ...screenNames], () => {
      if (this.drawing !== drawing) return;
      // With a screen, the people and things stand on the left and the device on the right.
      const span = shown ? width * 0.44 : width;
      const size = Math.min(height * (shown ? 0.34 : 0.42), span / (names.length + 1.2));
      names.forEach((name, i) => {
        const x = (span * (i + 1)) / (names.length + 1);
        const image = this.add.image(x, height * 0.78 - size / 2, name).setDisplaySize(size, size);
        this.actors.push(image);
        if (!this.reducedMotion) {
          this.tweens.add(
            calm({
              targets: image,
              y: image.y - size * 0.06,
              duration: 1400 + i * 200,
              yoyo: true,
              repeat: -1,
              ease: 'Sine.easeInOut',
            }),
          );
        }
      });
      const child = scene.character ? this.actors[0] : null;
      const feeling = this.felt?.in === scene ? this.felt.feeling : scene.feeling;
      if (child && feeling) this.feel(feeling, child as Phaser.GameObjects.Image, size);
      if (shown) this.drawDevice(shown, scene.character, width, height, this.offIn === scene);
      this.drawnFor = scene;
      this.host?.setAttribute('data-drawn', String(drawing));
      this.letGoOfUnusedPictures();
    });
  }

  private drawDevice(shown: WorldScreen, self: string | null, width: number, height: number, off: boolean) {
    const { packId, scenarioId, shown: screen, messages } = shown;
    const base = `scenarios.${scenarioId}.screen.${screen.at}`;
    const content = screen.content;
    const own =
      (content.show === 'game-chat' || content.show === 'message-thread') && content.messages
        ? content.messages.map((m) => ({ from: m.from, text: packText(packId, `${base}.messages.${m.id}`) }))
        : messages.map((m) => ({ from: m.from, text: packText(packId, m.textKey) }));
    this.screen = drawScreen(
      this,
      screen.device,
      content,
      { word: (field) => packText(packId, `${base}.${field}`), bubbles: own },
      deviceBox(screen.device, width, height),
      { reducedMotion: this.reducedMotion || off, self },
    );
    if (off) this.screen.turnOff();
    // A message or a notification arrives with a soft ping (once, not at every redraw).
    const arrives = content.show === 'notification' || own.length > 0;
    if (arrives && !off && this.pinged !== this.last) {
      this.pinged = this.last;
      this.later(500, () => sounds.play('ping'));
    }
    this.describe(shown, this.screen, off ? 'off' : 'on');
  }

  /** A face in a little bubble at the child's shoulder: how they feel now. */
  private feel(feeling: Feeling, child?: Phaser.GameObjects.Image, size?: number) {
    if (!child) this.felt = { in: this.last, feeling };
    const host = this.host;
    host?.setAttribute('data-feeling', feeling);
    const at = child ?? (this.feeling?.getData('child') as Phaser.GameObjects.Image | undefined);
    const childSize = size ?? (this.feeling?.getData('size') as number | undefined);
    if (!at || !childSize || !at.active) return;
    const face = FEELING_FACES[feeling];
    this.withTextures([face], () => {
      if (!at.active) return;
      this.feeling?.destroy();
      const r = childSize * 0.22;
      const bubble = this.add.container(at.x + childSize * 0.42, at.y - childSize * 0.42);
      bubble.add(this.add.circle(0, 0, r, 0xffffff).setStrokeStyle(2, 0xc9d6ea));
      bubble.add(this.add.image(0, 0, face).setDisplaySize(r * 1.5, r * 1.5));
      bubble.setData('child', at).setData('size', childSize);
      this.feeling = bubble;
      this.actors.push(bubble);
    });
  }

  /** Writes down what the screen shows, so tests and tools can read what a child sees. */
  private describe(shown: WorldScreen | null, drawn: DrawnScreen | null, state: 'on' | 'off' = 'on') {
    const host = this.host;
    if (!host) return;
    host.setAttribute('data-screen', shown?.shown.content.show ?? '');
    host.setAttribute('data-screen-state', shown ? state : '');
    host.setAttribute('data-screen-words', drawn ? drawn.words.join(' · ') : '');
    host.setAttribute('data-tweens', String(drawn?.tweens ?? 0));
    host.setAttribute('data-smallest-text', String(drawn?.smallestTextPx ?? ''));
  }

  private turnScreenOff() {
    this.offIn = this.last;
    const screen = this.screen;
    if (!screen || !this.last?.screen) return;
    screen.turnOff();
    this.describe(this.last.screen, screen, 'off');
  }

  /**
   * The place behind everything is the host element's CSS background, not drawn on the canvas:
   * the browser paints it once and keeps it, where the canvas would scale the whole picture again
   * at every frame (the costliest thing in a frame on a tablet without a GPU). The soft bands and
   * the floor show until the picture has loaded.
   */
  private drawBackdrop(place: keyof typeof PLACE_LOOKS) {
    const host = this.host;
    if (!host) return;
    const look = PLACE_LOOKS[place];
    const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;
    host.style.background = [
      `url("art/places/${place}.svg") 0 0 / 100% 100% no-repeat`,
      `linear-gradient(${hex(look.top)}, ${hex(look.bottom)} 78%, ${hex(look.floor)} 78%)`,
    ].join(', ');
  }

  /** Right: a few stars rise softly and fade; with reduced motion they simply show, then go. */
  private celebrate() {
    const { width, height } = this.scale;
    this.withTextures(['glowing-star'], () => {
      const count = this.reducedMotion ? 3 : 8;
      for (let i = 0; i < count; i++) {
        const x = width * (0.3 + (0.4 * i) / Math.max(1, count - 1));
        const star = this.add.image(x, height * 0.55, 'glowing-star').setDisplaySize(40, 40);
        if (this.reducedMotion) {
          this.later(1200, () => star.destroy());
          continue;
        }
        star.setAlpha(0);
        this.tweens.add({
          targets: star,
          y: height * (0.2 + 0.1 * (i % 3)),
          alpha: { from: 1, to: 0 },
          duration: 1400,
          delay: i * 80,
          ease: 'Sine.easeOut',
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
        angle: { from: -4, to: 4 },
        duration: 160,
        yoyo: true,
        repeat: 1,
        onComplete: () => (actor as Phaser.GameObjects.Image).setAngle(0),
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
