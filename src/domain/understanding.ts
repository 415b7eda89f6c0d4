/*
 * How well a pupil understands a promise (or a KS2 statement): understanding rule v2. Derived
 * from first-try answers (src/domain/firstTry), never stored; the rule's version travels with
 * every result, so a report can say which rule judged it (Kolibri's habit) and a later rule
 * never silently rewrites what a teacher saw before.
 *
 * The rule, for one pupil and one promise (numbers in UNDERSTANDING_RULE):
 * - A question is one step of one scenario; it counts once, by its latest first-try answer.
 * - The judged questions are the 4 answered most recently (by the time of that latest answer).
 * - secure: at least 3 of the judged questions right first time, and at least one of those
 *   right answers given on a later day than the pupil's first answer to this promise. One
 *   sitting, however lucky, is never secure.
 * - needs revisiting: was secure, then a later first try was wrong. Secure again once, on a
 *   later day than that wrong answer, a right answer leaves the judged questions secure.
 * - misconception: the same wrong belief shown twice (the same wrong choice in two runs, or
 *   wrong choices the pack tags with the same `misconception` id), with no right answer since
 *   to a question that offers that belief. It outranks every other level but not-started.
 * - otherwise developing with at least 2 of the judged questions right first time, else
 *   started; not started with no answer at all.
 *
 * A "day" is the calendar date on the device (its local time zone, as localDate() gives the
 * teacher's file names and printed dates): a school day is a local day, and in British Summer
 * Time the UTC date would put an answer at 00:30 on the day before. Tests pass their own `dayOf`.
 *
 * Levels are ordered, lowest first, as UNDERSTANDING_LEVELS: one more right answer (later than
 * the others) never lowers the level, one more wrong answer never raises it (except that the
 * first answer of all ends "not started"), and the order answers are read in never matters.
 */
import { byTimeThenId, firstTries } from './firstTry';
import { localDate } from './localDate';
import type { AttemptRecord } from './records';

export const UNDERSTANDING_RULE_VERSION = 2;

/** Every threshold of rule v2, in one place. */
export const UNDERSTANDING_RULE = {
  /** How many of the most recently answered different questions are judged. */
  judgedQuestions: 4,
  /** Right first time among them to be secure (with one of them on a later day). */
  secureRight: 3,
  /** Right first time among them to be developing rather than started. */
  developingRight: 2,
  /** The same wrong belief this many times is a misconception. */
  misconceptionTimes: 2,
} as const;

/** Lowest first: the order "never lowers" and "never raises" are judged in. */
export const UNDERSTANDING_LEVELS = [
  'not-started',
  'misconception',
  'started',
  'developing',
  'needs-revisiting',
  'secure',
] as const;
export type Understanding = (typeof UNDERSTANDING_LEVELS)[number];

export const levelRank = (level: Understanding): number => UNDERSTANDING_LEVELS.indexOf(level);

/** What the rule reads of an answer. */
export type JudgedAnswer = Pick<
  AttemptRecord,
  'id' | 'pupilId' | 'runId' | 'scenarioId' | 'stepId' | 'choiceId' | 'answerText' | 'correct' | 'firstTry' | 'at'
>;

/** One first-try answer behind a level, for the teacher's pupil page. */
export interface Evidence {
  scenarioId: string;
  stepId: string;
  runId: string;
  choiceId: string;
  answerText: string;
  correct: boolean;
  at: string;
  day: string;
  /** One of the questions the level was judged on (the latest answer to one of the last 4). */
  judged: boolean;
  /** The wrong belief this wrong answer shows, when the pack names one. */
  misconception: string | undefined;
}

/** A wrong belief a pupil holds now. */
export interface HeldBelief {
  /** The pack's misconception id; undefined when it is the same untagged wrong choice twice. */
  misconceptionId: string | undefined;
  /** Where it was last shown. */
  scenarioId: string;
  stepId: string;
  choiceId: string;
  answerText: string;
  times: number;
  lastAt: string;
}

/** Which wrong choice of which question shows which belief: question key → choice id → misconception id. */
export type BeliefIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

export const questionKey = (scenarioId: string, stepId: string): string => `${scenarioId}\u0000${stepId}`;

export interface JudgeOptions {
  beliefs?: BeliefIndex;
  /** The calendar day of an ISO time; the device's local date unless a test says otherwise. */
  dayOf?: (iso: string) => string;
}

export interface Judgement {
  understanding: Understanding;
  ruleVersion: number;
  /** Time of the latest first-try answer the level rests on. */
  latestEvidenceAt: string | undefined;
  /** Every first-try answer, oldest first. */
  evidence: Evidence[];
  misconceptions: HeldBelief[];
}

export const localDay = (iso: string): string => localDate(new Date(iso));

interface Belief extends HeldBelief {
  cleared: boolean;
}

/**
 * @param firsts one pupil's first-try answers to one promise's questions, in any order
 *   (use `firstTries()` on raw answers; `promiseProgress()` does).
 */
export function judgeUnderstanding(firsts: readonly JudgedAnswer[], options: JudgeOptions = {}): Judgement {
  const rule = UNDERSTANDING_RULE;
  const dayOf = options.dayOf ?? localDay;
  const answers = [...firsts].sort(byTimeThenId);
  if (!answers.length)
    return {
      understanding: 'not-started',
      ruleVersion: UNDERSTANDING_RULE_VERSION,
      latestEvidenceAt: undefined,
      evidence: [],
      misconceptions: [],
    };
  const days = answers.map((a) => dayOf(a.at));
  const firstDay = days[0] as string;
  /** The judged questions, least recent first: at most `judgedQuestions`, each once. */
  const judged: { key: string; index: number; correct: boolean; laterDay: boolean }[] = [];
  let state = 'building' as 'building' | 'secure' | 'revisit';
  let revisitDay = '';
  const beliefs = new Map<string, Belief>();
  const beliefsShownAt = new Map<string, Set<string>>();
  const misconceptionOf: (string | undefined)[] = [];

  for (let i = 0; i < answers.length; i++) {
    const a = answers[i] as JudgedAnswer;
    const day = days[i] as string;
    const key = questionKey(a.scenarioId, a.stepId);
    const at = judged.findIndex((j) => j.key === key);
    if (at >= 0) judged.splice(at, 1);
    else if (judged.length === rule.judgedQuestions) judged.shift();
    judged.push({ key, index: i, correct: a.correct, laterDay: day > firstDay });
    const right = judged.filter((j) => j.correct);
    const secureNow = right.length >= rule.secureRight && right.some((j) => j.laterDay);
    const offered = options.beliefs?.get(key);

    if (a.correct) {
      if (secureNow && (state === 'building' || (state === 'revisit' && day > revisitDay))) state = 'secure';
      for (const b of beliefsShownAt.get(key) ?? []) (beliefs.get(b) as Belief).cleared = true;
      for (const id of offered?.values() ?? []) {
        const b = beliefs.get(`m:${id}`);
        if (b) b.cleared = true;
      }
      misconceptionOf.push(undefined);
      continue;
    }
    if (state !== 'building') {
      state = 'revisit';
      revisitDay = day;
    }
    const id = offered?.get(a.choiceId);
    misconceptionOf.push(id);
    const beliefKey = id ? `m:${id}` : `c:${key}\u0000${a.choiceId}`;
    const held = beliefs.get(beliefKey);
    const shown = {
      misconceptionId: id,
      scenarioId: a.scenarioId,
      stepId: a.stepId,
      choiceId: a.choiceId,
      answerText: a.answerText,
      times: (held?.times ?? 0) + 1,
      lastAt: a.at,
      cleared: false,
    };
    beliefs.set(beliefKey, shown);
    const at2 = beliefsShownAt.get(key);
    if (at2) at2.add(beliefKey);
    else beliefsShownAt.set(key, new Set([beliefKey]));
  }

  const misconceptions = [...beliefs.values()]
    .filter((b) => !b.cleared && b.times >= rule.misconceptionTimes)
    .map(({ cleared: _, ...b }) => b);
  const judgedIndexes = new Set(judged.map((j) => j.index));
  const rightJudged = judged.filter((j) => j.correct).length;
  const understanding: Understanding = misconceptions.length
    ? 'misconception'
    : state === 'secure'
      ? 'secure'
      : state === 'revisit'
        ? 'needs-revisiting'
        : rightJudged >= rule.developingRight
          ? 'developing'
          : 'started';
  return {
    understanding,
    ruleVersion: UNDERSTANDING_RULE_VERSION,
    latestEvidenceAt: answers.at(-1)?.at,
    evidence: answers.map((a, i) => ({
      scenarioId: a.scenarioId,
      stepId: a.stepId,
      runId: a.runId,
      choiceId: a.choiceId,
      answerText: a.answerText,
      correct: a.correct,
      at: a.at,
      day: days[i] as string,
      judged: judgedIndexes.has(i),
      misconception: misconceptionOf[i],
    })),
    misconceptions,
  };
}

export interface PromiseProgress extends Judgement {
  /** Scenarios of normal play finished at least once (the child's stars), and how many there are. */
  scenariosFinished: number;
  scenariosTotal: number;
}

export interface ScenarioShape {
  id: string;
  stepIds: string[];
}

export function isRunFinished(solvedSteps: Set<string>, scenario: ScenarioShape): boolean {
  return scenario.stepIds.every((s) => solvedSteps.has(s));
}

/** Scenarios with a run in which every step was (at last) answered right. */
function finishedScenarios(attempts: readonly AttemptRecord[], scenarios: readonly ScenarioShape[]): number {
  const solved = new Map<string, Set<string>>();
  for (const a of attempts) {
    if (!a.correct) continue;
    const key = `${a.scenarioId}\u0000${a.runId}`;
    const steps = solved.get(key);
    if (steps) steps.add(a.stepId);
    else solved.set(key, new Set([a.stepId]));
  }
  const finished = new Set<string>();
  for (const [key, steps] of solved) {
    const scenarioId = key.slice(0, key.indexOf('\u0000'));
    const scenario = scenarios.find((s) => s.id === scenarioId);
    if (scenario && isRunFinished(steps, scenario)) finished.add(scenarioId);
  }
  return finished.size;
}

/**
 * @param attempts one pupil's attempts at one promise (any order; check-back scenarios included)
 * @param scenarios the promise's scenarios of normal play, with their question ids (for stars)
 */
export function promiseProgress(
  attempts: readonly AttemptRecord[],
  scenarios: readonly ScenarioShape[],
  options: JudgeOptions = {},
): PromiseProgress {
  return {
    ...judgeUnderstanding(firstTries(attempts), options),
    scenariosFinished: finishedScenarios(attempts, scenarios),
    scenariosTotal: scenarios.length,
  };
}

/** Stars on the child's map: one per finished scenario, up to three, never a score. */
export function starsFor(progress: PromiseProgress): number {
  if (progress.scenariosTotal === 0) return 0;
  return Math.min(3, Math.round((3 * progress.scenariosFinished) / progress.scenariosTotal));
}
