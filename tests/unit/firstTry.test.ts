/*
 * First try is decided in one place, from the stored flag or time order, never from the
 * order answers are read in (IndexedDB returns them by random id; imports interleave tablets).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reteachList } from '../../src/domain/classSummary';
import { firstTries } from '../../src/domain/firstTry';
import type { AttemptRecord } from '../../src/domain/records';
import { promiseProgress, type ScenarioShape, starsFor } from '../../src/domain/understanding';

const SCENARIOS: ScenarioShape[] = [
  { id: 's1', stepIds: ['a', 'b', 'c'] },
  { id: 's2', stepIds: ['a', 'b'] },
  { id: 's3', stepIds: ['x'] },
];

let n = 0;
function answer(
  scenarioId: string,
  runId: string,
  stepId: string,
  correct: boolean,
  second: number,
  firstTry: boolean,
) {
  n++;
  return {
    id: `${(n * 7919) % 10007}-${n}`.padStart(12, '0'),
    pupilId: 'pupil-01',
    packId: 'fixture',
    packVersion: '1.0.0',
    promiseId: 'allowed',
    scenarioId,
    runId,
    stepId,
    choiceId: correct ? 'right' : 'wrong',
    correct,
    firstTry,
    answerText: '',
    language: 'en-GB',
    at: new Date(Date.UTC(2026, 0, 1, 9, 0, second)).toISOString(),
    deviceId: 'device-01',
  } satisfies AttemptRecord;
}

/** A child playing each scenario in `runs` runs: each question answered wrong `misses` times, then right. */
const playthrough = fc
  .record({
    runs: fc.integer({ min: 1, max: 3 }),
    misses: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 }),
    flagged: fc.boolean(),
  })
  .map(({ runs, misses, flagged }) => {
    const out: AttemptRecord[] = [];
    let clock = 0;
    let m = 0;
    for (let r = 0; r < runs; r++)
      for (const s of SCENARIOS)
        for (const step of s.stepIds) {
          const wrong = misses[m++ % misses.length] ?? 0;
          // With `flagged` false every answer claims to be a first try (older or damaged data): time decides.
          for (let w = 0; w < wrong; w++)
            out.push(answer(s.id, `${s.id}-run-${r}`, step, false, clock++, !flagged || w === 0));
          out.push(answer(s.id, `${s.id}-run-${r}`, step, true, clock++, !flagged || wrong === 0));
        }
    return out;
  });

describe('first try', () => {
  it('a child who got every question wrong first, then right, is not secure and has no first-try rights', () => {
    const attempts: AttemptRecord[] = [];
    let clock = 0;
    for (const s of SCENARIOS)
      for (const step of s.stepIds) {
        attempts.push(answer(s.id, `${s.id}-run`, step, false, clock++, true));
        attempts.push(answer(s.id, `${s.id}-run`, step, true, clock++, false));
      }
    // Read back right answers first, as a random-id order may well do.
    const readBack = [...attempts].sort((a, b) => Number(b.correct) - Number(a.correct));
    const progress = promiseProgress(readBack, SCENARIOS);
    expect(progress.understanding).not.toBe('secure');
    expect(progress.evidence.filter((e) => e.correct)).toHaveLength(0);
    expect(progress.evidence).toHaveLength(6);
    expect(starsFor(progress)).toBe(3); // stars count finished scenarios, never a score
  });

  it('answers stored out of time order: the earliest is the first try when the flag cannot tell', () => {
    const late = answer('s3', 'r', 'x', true, 50, true);
    const early = answer('s3', 'r', 'x', false, 10, true);
    expect(firstTries([late, early])).toEqual([early]);
    expect(promiseProgress([late, early], [SCENARIOS[2] as ScenarioShape]).evidence.map((e) => e.correct)).toEqual([
      false,
    ]);
  });

  it('the stored flag wins over a clock that was wrong on the tablet', () => {
    const flagged = answer('s3', 'r', 'x', false, 50, true);
    const retry = answer('s3', 'r', 'x', true, 10, false);
    expect(firstTries([retry, flagged])).toEqual([flagged]);
  });

  it('understanding, stars and what to reteach never change when the answers are shuffled or read twice', () => {
    fc.assert(
      fc.property(playthrough, fc.func(fc.integer()), fc.boolean(), (attempts, rank, duplicate) => {
        const expected = promiseProgress(attempts, SCENARIOS);
        const shuffled = [...attempts, ...(duplicate ? attempts : [])]
          .map((a, i) => ({ a, k: rank(i) }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.a);
        expect(promiseProgress(shuffled, SCENARIOS)).toEqual(expected);
        expect(reteachList(shuffled, 5, 1)).toEqual(reteachList(attempts, 5, 1));
        expect(firstTries(shuffled)).toEqual(firstTries(attempts));
      }),
      { numRuns: 300 },
    );
  });

  it('the evidence is one answer per question per run, right exactly when there was no miss before', () => {
    fc.assert(
      fc.property(playthrough, (attempts) => {
        // The playthrough is made in time order, so the first answer met is the first try.
        const first = new Map<string, AttemptRecord>();
        for (const a of attempts) if (!first.has(`${a.runId}/${a.stepId}`)) first.set(`${a.runId}/${a.stepId}`, a);
        const evidence = promiseProgress(attempts, SCENARIOS).evidence;
        expect(evidence).toHaveLength(first.size);
        expect(evidence.filter((e) => e.correct)).toHaveLength([...first.values()].filter((a) => a.correct).length);
      }),
    );
  });
});
