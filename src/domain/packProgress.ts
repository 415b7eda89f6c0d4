/* A pupil's progress through a whole pack, promise by promise, from their attempts. */
import { levelsAtSigning, type SignedLevels } from './agreement';
import type { LessonPack, Scenario, Stage } from './lessonPack';
import { scenariosFor } from './packLoader';
import { questionsOf } from './questions';
import type { AcknowledgementRecord, AttemptRecord } from './records';
import {
  type BeliefIndex,
  type JudgeOptions,
  type PromiseProgress,
  promiseProgress,
  questionKey,
  type ScenarioShape,
} from './understanding';

export function shapeOf(scenario: Scenario): ScenarioShape {
  return { id: scenario.id, stepIds: questionsOf(scenario).map((q) => q.id) };
}

const beliefsOfPack = new WeakMap<LessonPack, BeliefIndex>();
const shapesOfPack = new WeakMap<LessonPack, Map<string, ScenarioShape[]>>();

/** The promise's scenarios of normal play for this stage, as shapes (kept per pack: a class summary asks per pupil). */
function shapesFor(pack: LessonPack, promiseId: string, stage?: Stage): ScenarioShape[] {
  const cache = shapesOfPack.get(pack) ?? new Map<string, ScenarioShape[]>();
  shapesOfPack.set(pack, cache);
  const key = `${stage ?? ''}\u0000${promiseId}`;
  const shapes = cache.get(key) ?? scenariosFor(pack, promiseId, stage).map(shapeOf);
  cache.set(key, shapes);
  return shapes;
}

/** Which wrong choice shows which misconception, for every question of the pack (check-backs included). */
export function beliefIndex(pack: LessonPack): BeliefIndex {
  const known = beliefsOfPack.get(pack);
  if (known) return known;
  const index = new Map<string, Map<string, string>>();
  for (const scenario of pack.scenarios)
    for (const q of questionsOf(scenario)) {
      const tagged = q.choices.filter((c) => c.misconception);
      if (tagged.length)
        index.set(questionKey(scenario.id, q.id), new Map(tagged.map((c) => [c.id, c.misconception as string])));
    }
  beliefsOfPack.set(pack, index);
  return index;
}

/**
 * Each promise's progress: its level from every first-try answer the pupil gave to it (the
 * check-back round's too), its stars from the scenarios of normal play for this stage.
 */
export function packProgress(
  pack: LessonPack,
  attempts: readonly AttemptRecord[],
  stage?: Stage,
  options: JudgeOptions = { beliefs: beliefIndex(pack) },
): Map<string, PromiseProgress> {
  const byPromise = new Map<string, AttemptRecord[]>();
  for (const a of attempts) {
    if (a.packId !== pack.manifest.id) continue;
    const list = byPromise.get(a.promiseId);
    if (list) list.push(a);
    else byPromise.set(a.promiseId, [a]);
  }
  return new Map(
    pack.manifest.agreement.promises.map((p) => [
      p.id,
      promiseProgress(byPromise.get(p.id) ?? [], shapesFor(pack, p.id, stage), options),
    ]),
  );
}

/** Every promise played through at least once: the ceremony or signing is open. */
export function everyPromisePlayed(progress: Map<string, PromiseProgress>): boolean {
  return [...progress.values()].every((p) => p.scenariosFinished >= p.scenariosTotal);
}

/** Each promise's progress from the answers given up to a moment (a signing), by the same rule. */
export function packProgressAt(
  pack: LessonPack,
  attempts: readonly AttemptRecord[],
  stage: Stage | undefined,
  at: string,
  options?: JudgeOptions,
): Map<string, PromiseProgress> {
  const until = Date.parse(at);
  return packProgress(
    pack,
    attempts.filter((a) => Date.parse(a.at) <= until),
    stage,
    options,
  );
}

/**
 * Each item's level when the record was signed: as kept with the record, never worked out again;
 * for a record made before levels were kept, worked out from the answers given by then.
 */
export function signedLevels(
  ack: AcknowledgementRecord,
  pack: LessonPack,
  attempts: readonly AttemptRecord[],
  stage: Stage | undefined,
  options?: JudgeOptions,
): { levels: SignedLevels; stored: boolean } {
  if (ack.levels) return { levels: ack.levels, stored: true };
  const progress = packProgressAt(pack, attempts, stage, ack.signedAt, options);
  return { levels: levelsAtSigning([...progress.keys()], progress), stored: false };
}
