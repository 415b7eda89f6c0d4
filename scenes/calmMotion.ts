/*
 * Motion the world starts by itself ends within five seconds (WCAG 2.2.2, Pause, Stop, Hide), so a
 * child who is listening is not pulled away by a picture that never stops, and a tablet's world
 * can rest (its loop asleep, the last frame kept) between one moment of the story and the next.
 */

/** The longest a motion the child did not start may last, delay included. */
export const MOTION_LIMIT_MS = 5000;

/** A tween's timing as Phaser takes it (a value given as a function counts as none). */
type Timing = { duration?: unknown; delay?: unknown; yoyo?: unknown; repeat?: unknown };
const ms = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * The same tween, with its repeats cut so that it ends by the limit: a gentle bob that would go
 * on forever bobs a few times and settles where it began (a yoyo always ends where it started).
 * A single pass longer than the limit is left to the caller to shorten: cutting it would stop it
 * half-way.
 */
export function calm<T extends Timing>(config: T): T {
  const cycle = ms(config.duration) * (config.yoyo ? 2 : 1);
  if (cycle <= 0) return { ...config, repeat: 0 };
  const fits = Math.max(1, Math.floor((MOTION_LIMIT_MS - ms(config.delay)) / cycle));
  const repeat = typeof config.repeat === 'number' ? config.repeat : 0;
  const wanted = repeat < 0 ? Number.POSITIVE_INFINITY : repeat + 1;
  return { ...config, repeat: Math.min(fits, wanted) - 1 };
}

/** How long a tween lasts from its start, delay included (its repeats as they stand). */
export function motionLength(config: Timing): number {
  const repeat = typeof config.repeat === 'number' ? config.repeat : 0;
  if (repeat < 0) return Number.POSITIVE_INFINITY;
  return ms(config.delay) + ms(config.duration) * (config.yoyo ? 2 : 1) * (repeat + 1);
}
