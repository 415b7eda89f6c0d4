/*
 * The check-back round: when a child comes back on a later day than their last answers to a
 * promise, a question or two of it they have never seen, so that understanding rule v2 can see
 * what was remembered (one sitting is never secure). Chosen here, as a pure function of the
 * pack, the child's answers and today's date, so the map, the round itself and the teacher's
 * pages agree, and a reload offers the same round again.
 *
 * For each promise the child has answered, whose latest answer is on an earlier day than today:
 * its first check-back scenario (in the pack's order) the child has never answered, if it has at
 * most `questionsPerPromise` questions. One scenario per promise per round, so a second one is
 * kept for a later day. At most `maxPromises` promises (those answered longest ago first), so the
 * round stays short; they are played in the pack's order.
 */
import type { LessonPack, Scenario, Stage } from './lessonPack';
import { checkBackScenariosFor } from './packLoader';
import { questionsOf } from './questions';
import type { AttemptRecord } from './records';
import { localDay } from './understanding';

export const CHECK_BACK_ROUND = {
  /** Questions of one promise in one round. */
  questionsPerPromise: 2,
  /** Promises in one round. */
  maxPromises: 5,
} as const;

/** A promise's check-back scenarios, in the pack's order, with how many questions each has. */
export interface CheckBackCandidates {
  promiseId: string;
  scenarios: readonly { id: string; questions: number }[];
}

export interface CheckBackPick {
  promiseId: string;
  scenarioId: string;
}

type Answered = Pick<AttemptRecord, 'promiseId' | 'scenarioId' | 'at'>;

/** Whether ISO time `a` is after `b`: UTC times as this app writes them compare as text. */
const isAfter = (a: string, b: string): boolean =>
  a.length === b.length && a.endsWith('Z') && b.endsWith('Z') ? a > b : Date.parse(a) > Date.parse(b);

/**
 * @param promises in the pack's order
 * @param attempts the child's answers, in any order
 * @param today the device's local date (YYYY-MM-DD)
 * @returns the round, in the pack's order; empty when nothing is due
 */
export function chooseCheckBack(
  promises: readonly CheckBackCandidates[],
  attempts: readonly Answered[],
  today: string,
  dayOf: (iso: string) => string = localDay,
): CheckBackPick[] {
  const latest = new Map<string, string>();
  const seen = new Set<string>();
  for (const a of attempts) {
    seen.add(a.scenarioId);
    const held = latest.get(a.promiseId);
    if (held === undefined || isAfter(a.at, held)) latest.set(a.promiseId, a.at);
  }
  const due = promises.flatMap((p, order) => {
    const last = latest.get(p.promiseId);
    if (last === undefined || !(dayOf(last) < today)) return [];
    const fresh = p.scenarios.find(
      (s) => !seen.has(s.id) && s.questions > 0 && s.questions <= CHECK_BACK_ROUND.questionsPerPromise,
    );
    return fresh ? [{ order, last, pick: { promiseId: p.promiseId, scenarioId: fresh.id } }] : [];
  });
  return due
    .sort((a, b) => (isAfter(a.last, b.last) ? 1 : isAfter(b.last, a.last) ? -1 : a.order - b.order))
    .slice(0, CHECK_BACK_ROUND.maxPromises)
    .sort((a, b) => a.order - b.order)
    .map((d) => d.pick);
}

/** The pack's check-back scenarios for a class of this stage, promise by promise. */
export function checkBackCandidates(pack: LessonPack, stage?: Stage): CheckBackCandidates[] {
  return pack.manifest.agreement.promises.map((p) => ({
    promiseId: p.id,
    scenarios: checkBackScenariosFor(pack, p.id, stage).map((s) => ({ id: s.id, questions: questionsOf(s).length })),
  }));
}

/** Today's round as the scenarios to play. */
export function checkBackRound(
  pack: LessonPack,
  attempts: readonly AttemptRecord[],
  stage: Stage | undefined,
  today: string,
): Scenario[] {
  const mine = attempts.filter((a) => a.packId === pack.manifest.id);
  const picks = chooseCheckBack(checkBackCandidates(pack, stage), mine, today);
  return picks.flatMap((p) => pack.scenarios.filter((s) => s.id === p.scenarioId));
}

export interface CheckBackStatus {
  /** The latest answer given in a check-back round. */
  lastDoneAt: string | undefined;
  /** Promises a check-back would be offered for today. */
  waiting: number;
}

/**
 * For the teacher: when the pupil last did a check-back, and whether one is waiting for them.
 * @param candidates `checkBackCandidates(pack, stage)`, worked out once for a whole class
 */
export function checkBackStatus(
  pack: LessonPack,
  attempts: readonly AttemptRecord[],
  stage: Stage | undefined,
  today: string,
  candidates: readonly CheckBackCandidates[] = checkBackCandidates(pack, stage),
): CheckBackStatus {
  const checkBacks = new Set(candidates.flatMap((c) => c.scenarios.map((s) => s.id)));
  const mine = attempts.filter((a) => a.packId === pack.manifest.id);
  let lastDoneAt: string | undefined;
  for (const a of mine)
    if (checkBacks.has(a.scenarioId) && (!lastDoneAt || isAfter(a.at, lastDoneAt))) lastDoneAt = a.at;
  return { lastDoneAt, waiting: chooseCheckBack(candidates, mine, today).length };
}
