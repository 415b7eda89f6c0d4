/*
 * How well a pupil understands a promise, derived from their answers and never stored.
 * The rule is versioned so a report can say which rule judged it (Kolibri's habit), and a
 * later change of rule does not silently rewrite what a teacher saw before.
 */
import { firstTries } from './firstTry';
import type { AttemptRecord } from './records';

export const UNDERSTANDING_RULE_VERSION = 1;
/** Share of steps answered right first time, over the latest finished run of each scenario. */
export const SECURE_FIRST_TRY_SHARE = 0.75;

export type Understanding = 'not-started' | 'practising' | 'secure';

export interface PromiseProgress {
  understanding: Understanding;
  scenariosFinished: number;
  scenariosTotal: number;
  firstTryRight: number;
  firstTryAnswered: number;
  ruleVersion: number;
}

export interface ScenarioShape {
  id: string;
  stepIds: string[];
}

/** The runs of one scenario by one pupil, each as step → first try right? (src/domain/firstTry) */
function runsOf(attempts: AttemptRecord[], scenario: ScenarioShape) {
  const runs = new Map<string, { id: string; at: string; firstTry: Map<string, boolean>; solved: Set<string> }>();
  const mine = attempts.filter((a) => a.scenarioId === scenario.id);
  for (const a of mine) {
    let run = runs.get(a.runId);
    if (!run) {
      run = { id: a.runId, at: a.at, firstTry: new Map(), solved: new Set() };
      runs.set(a.runId, run);
    }
    if (a.at > run.at) run.at = a.at;
    if (a.correct) run.solved.add(a.stepId);
  }
  for (const a of firstTries(mine)) runs.get(a.runId)?.firstTry.set(a.stepId, a.correct);
  return [...runs.values()];
}

export function isRunFinished(solvedSteps: Set<string>, scenario: ScenarioShape): boolean {
  return scenario.stepIds.every((s) => solvedSteps.has(s));
}

/**
 * @param attempts one pupil's attempts (any order)
 * @param scenarios the scenarios of one promise, with their step (question) ids
 */
export function promiseProgress(attempts: AttemptRecord[], scenarios: ScenarioShape[]): PromiseProgress {
  let finished = 0;
  let right = 0;
  let answered = 0;
  let touched = false;
  for (const scenario of scenarios) {
    const runs = runsOf(attempts, scenario);
    if (runs.length) touched = true;
    const latestFinished = runs
      .filter((r) => isRunFinished(r.solved, scenario))
      .sort((a, b) => (a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.id < b.id ? 1 : -1))[0];
    if (!latestFinished) continue;
    finished++;
    for (const stepId of scenario.stepIds) {
      answered++;
      if (latestFinished.firstTry.get(stepId)) right++;
    }
  }
  const allFinished = scenarios.length > 0 && finished === scenarios.length;
  const understanding: Understanding = !touched
    ? 'not-started'
    : allFinished && right / answered >= SECURE_FIRST_TRY_SHARE
      ? 'secure'
      : 'practising';
  return {
    understanding,
    scenariosFinished: finished,
    scenariosTotal: scenarios.length,
    firstTryRight: right,
    firstTryAnswered: answered,
    ruleVersion: UNDERSTANDING_RULE_VERSION,
  };
}

/** Stars on the child's map: one per finished scenario, up to three, never a score. */
export function starsFor(progress: PromiseProgress): number {
  if (progress.scenariosTotal === 0) return 0;
  return Math.min(3, Math.round((3 * progress.scenariosFinished) / progress.scenariosTotal));
}
