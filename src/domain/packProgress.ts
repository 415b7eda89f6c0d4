/* A pupil's progress through a whole pack, promise by promise, from their attempts. */
import type { LessonPack, Scenario, Stage } from './lessonPack';
import { scenariosFor } from './packLoader';
import { questionsOf } from './questions';
import type { AttemptRecord } from './records';
import { type PromiseProgress, promiseProgress, type ScenarioShape } from './understanding';

export function shapeOf(scenario: Scenario): ScenarioShape {
  return { id: scenario.id, stepIds: questionsOf(scenario).map((q) => q.id) };
}

export function packProgress(pack: LessonPack, attempts: AttemptRecord[], stage?: Stage): Map<string, PromiseProgress> {
  const mine = attempts.filter((a) => a.packId === pack.manifest.id);
  return new Map(
    pack.manifest.agreement.promises.map((p) => [
      p.id,
      promiseProgress(mine, scenariosFor(pack, p.id, stage).map(shapeOf)),
    ]),
  );
}

/** Every promise played through at least once: the ceremony or signing is open. */
export function everyPromisePlayed(progress: Map<string, PromiseProgress>): boolean {
  return [...progress.values()].every((p) => p.scenariosFinished >= p.scenariosTotal);
}
