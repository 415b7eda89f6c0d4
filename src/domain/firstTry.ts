/*
 * Which answer was a pupil's first try at a question, decided here and nowhere else, so the
 * child's map, the dashboard, the pupil page and every export agree whatever order the
 * answers were read in (IndexedDB returns them by id, which is random; imports interleave).
 */
import type { AttemptRecord } from './records';

type Timed = Pick<AttemptRecord, 'id' | 'at' | 'pupilId' | 'runId' | 'stepId' | 'firstTry'>;

/** Earlier first; the same instant is settled by id, so the answer never depends on input order. */
export const byTimeThenId = (a: Timed, b: Timed): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The first try at each question of each pupil's run: the answer stored as `firstTry` (the device
 * knew, when it was made, that it was the first), else the earliest; a tie goes to time, then id.
 */
export function firstTries<T extends Timed>(attempts: readonly T[]): T[] {
  const chosen = new Map<string, T>();
  for (const a of attempts) {
    const key = `${a.pupilId}\u0000${a.runId}\u0000${a.stepId}`;
    const held = chosen.get(key);
    if (!held) chosen.set(key, a);
    else if (a.firstTry !== held.firstTry) {
      if (a.firstTry) chosen.set(key, a);
    } else if (byTimeThenId(a, held) < 0) chosen.set(key, a);
  }
  return [...chosen.values()].sort(byTimeThenId);
}
