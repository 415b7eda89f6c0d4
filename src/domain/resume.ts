/*
 * Where a child picks up again after a reload: the first step of the latest run that has no
 * right answer yet. Derived from the append-only attempts, so nothing extra has to be saved.
 */
import type { AttemptRecord } from './records';

export function nextStepIndex(attempts: AttemptRecord[], runId: string, stepIds: string[]): number {
  const solved = new Set(attempts.filter((a) => a.runId === runId && a.correct).map((a) => a.stepId));
  const index = stepIds.findIndex((id) => !solved.has(id));
  return index === -1 ? stepIds.length : index;
}

export function hasAnswered(attempts: AttemptRecord[], runId: string, stepId: string): boolean {
  return attempts.some((a) => a.runId === runId && a.stepId === stepId);
}
