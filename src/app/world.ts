/*
 * Starts the Phaser world the first time a child plays (never for the title or teacher
 * screens, so they load fast; its code is fetched on the map) and moves its canvas into the
 * current screen's stage.
 */
import type Phaser from 'phaser';
import { onScreenChange } from '../ui/screenChange';

let game: Promise<Phaser.Game> | null = null;
let sleepWatched = false;
const host = document.createElement('div');
host.className = 'world';
host.setAttribute('aria-hidden', 'true');

const loadModules = () => Promise.all([import('phaser'), import('../../scenes')]);
let modules: ReturnType<typeof loadModules> | null = null;
const worldModules = () => (modules ??= loadModules());

/**
 * Fetches and runs Phaser and the scenes while the child is on the map, once the browser is
 * idle, so the first scene does not stall on them while its words are read out. Without
 * requestIdleCallback (Safari on iPads), a little after the map appears.
 */
export function warmWorld(): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => void worldModules(), { timeout: 4000 });
  else setTimeout(() => void worldModules(), 1500);
}

export async function showWorld(screen: HTMLElement): Promise<void> {
  const stage = screen.querySelector('.stage');
  if (!stage) return;
  stage.prepend(host);
  game ??= (async () => {
    const [{ default: PhaserLib }, { SCENES }] = await worldModules();
    return new PhaserLib.Game({
      // Canvas 2D: a few flat pictures do not need WebGL, and cheap tablets without a GPU
      // draw them far faster; 30 fps is plenty for gentle bobbing and leaves time for answers.
      type: PhaserLib.CANVAS,
      fps: { target: 30, limit: 30 },
      parent: host,
      transparent: true,
      banner: false,
      scale: { mode: PhaserLib.Scale.RESIZE, width: '100%', height: '100%' },
      scene: SCENES,
      audio: { noAudio: true },
    });
  })();
  const g = await game;
  if (!sleepWatched) {
    sleepWatched = true;
    // No child screen shows the world: its loop sleeps (no frames drawn, no battery spent).
    onScreenChange(() => (host.isConnected ? g.loop.wake() : g.loop.sleep()));
    // The stage changes size as a screen's words and answers arrive. Phaser looks for a new size
    // only every half second and only while its loop runs, so until then the world was drawn
    // for the old size (cropped), and was drawn again just as the child began to answer.
    new ResizeObserver(() => {
      if (!host.isConnected) return;
      g.scale.dirty = true;
      g.loop.wake();
    }).observe(host);
  }
  g.loop.wake();
  g.scale.refresh();
}
