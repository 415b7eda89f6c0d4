/*
 * The check-back round's choice (src/domain/checkBack.ts): hand-made cases, then properties over
 * generated packs and histories (never a seen scenario, never a promise not played or played
 * today, at most 2 questions per promise, the same round whatever order answers are read in).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECK_BACK_ROUND,
  type CheckBackCandidates,
  checkBackRound,
  checkBackStatus,
  chooseCheckBack,
} from '../../src/domain/checkBack';
import { questionsOf } from '../../src/domain/questions';
import type { AttemptRecord } from '../../src/domain/records';
import { readPack } from '../helpers/contentFiles';

/** Days are UTC dates in these tests (the app's default is the device's local date). */
const utcDay = (iso: string) => iso.slice(0, 10);
const at = (day: number, second = 0) =>
  `2026-09-${String(day).padStart(2, '0')}T09:00:${String(second).padStart(2, '0')}.000Z`;
const answer = (promiseId: string, scenarioId: string, day: number, second = 0) => ({
  promiseId,
  scenarioId,
  at: at(day, second),
});

const PROMISES: CheckBackCandidates[] = [
  {
    promiseId: 'allowed',
    scenarios: [
      { id: 'allowed-back-1', questions: 1 },
      { id: 'allowed-back-2', questions: 2 },
    ],
  },
  { promiseId: 'check', scenarios: [{ id: 'check-back', questions: 1 }] },
  { promiseId: 'ask', scenarios: [{ id: 'ask-back-long', questions: 3 }] },
];

describe('chooseCheckBack()', () => {
  it('offers nothing on the day a promise was played', () => {
    expect(chooseCheckBack(PROMISES, [answer('allowed', 'allowed-1', 7)], '2026-09-07', utcDay)).toEqual([]);
  });

  it('offers the first unseen check-back of a promise played on an earlier day', () => {
    const played = [answer('allowed', 'allowed-1', 7), answer('check', 'check-1', 7)];
    expect(chooseCheckBack(PROMISES, played, '2026-09-09', utcDay)).toEqual([
      { promiseId: 'allowed', scenarioId: 'allowed-back-1' },
      { promiseId: 'check', scenarioId: 'check-back' },
    ]);
  });

  it('keeps the next check-back for a later day, and offers none once all are seen', () => {
    const day3 = [answer('allowed', 'allowed-1', 7), answer('allowed', 'allowed-back-1', 9)];
    expect(chooseCheckBack(PROMISES, day3, '2026-09-09', utcDay)).toEqual([]);
    expect(chooseCheckBack(PROMISES, day3, '2026-09-16', utcDay)).toEqual([
      { promiseId: 'allowed', scenarioId: 'allowed-back-2' },
    ]);
    const all = [...day3, answer('allowed', 'allowed-back-2', 16)];
    expect(chooseCheckBack(PROMISES, all, '2026-09-20', utcDay)).toEqual([]);
  });

  it('never offers a check-back longer than 2 questions', () => {
    expect(chooseCheckBack(PROMISES, [answer('ask', 'ask-1', 7)], '2026-09-09', utcDay)).toEqual([]);
  });

  it('keeps a round short: the promises answered longest ago, played in the pack’s order', () => {
    const many: CheckBackCandidates[] = Array.from({ length: 8 }, (_, i) => ({
      promiseId: `p${i}`,
      scenarios: [{ id: `p${i}-back`, questions: 1 }],
    }));
    // p7 was answered first (day 1) … p0 last (day 8).
    const played = many.map((p, i) => answer(p.promiseId, `${p.promiseId}-play`, 8 - i));
    const round = chooseCheckBack(many, played, '2026-09-20', utcDay);
    expect(round.map((p) => p.promiseId)).toEqual(['p3', 'p4', 'p5', 'p6', 'p7']);
  });
});

// Generated packs: up to 5 promises with up to 3 check-back scenarios of 0-3 questions each, and
// histories of answers on days 1-12 to play or check-back scenarios of those promises.
const packs = fc
  .array(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }), { minLength: 1, maxLength: 5 })
  .map((promises): CheckBackCandidates[] =>
    promises.map((counts, p) => ({
      promiseId: `p${p}`,
      scenarios: counts.map((questions, s) => ({ id: `p${p}-back-${s}`, questions })),
    })),
  );
const history = (pack: CheckBackCandidates[]) =>
  fc.array(
    fc
      .record({
        promise: fc.integer({ min: 0, max: pack.length - 1 }),
        scenario: fc.integer({ min: -1, max: 2 }),
        day: fc.integer({ min: 1, max: 12 }),
        second: fc.integer({ min: 0, max: 59 }),
      })
      .map(({ promise, scenario, day, second }) => {
        const p = pack[promise] as CheckBackCandidates;
        const back = p.scenarios[scenario];
        return answer(p.promiseId, back ? back.id : `${p.promiseId}-play`, day, second);
      }),
    { maxLength: 25 },
  );
const case_ = packs.chain((pack) =>
  fc.record({ pack: fc.constant(pack), answers: history(pack), today: fc.integer({ min: 1, max: 14 }) }),
);
const dayString = (day: number) => at(day).slice(0, 10);

describe('chooseCheckBack() properties', () => {
  it('never offers a scenario the child has answered', () => {
    fc.assert(
      fc.property(case_, ({ pack, answers, today }) => {
        const seen = new Set(answers.map((a) => a.scenarioId));
        for (const pick of chooseCheckBack(pack, answers, dayString(today), utcDay))
          expect(seen.has(pick.scenarioId)).toBe(false);
      }),
    );
  });

  it('never offers a promise not played, nor one played today or later', () => {
    fc.assert(
      fc.property(case_, ({ pack, answers, today }) => {
        for (const pick of chooseCheckBack(pack, answers, dayString(today), utcDay)) {
          const mine = answers.filter((a) => a.promiseId === pick.promiseId);
          expect(mine.length).toBeGreaterThan(0);
          expect(mine.every((a) => utcDay(a.at) < dayString(today))).toBe(true);
        }
      }),
    );
  });

  it('offers at most 2 questions per promise, of its own check-back scenarios, and a short round', () => {
    fc.assert(
      fc.property(case_, ({ pack, answers, today }) => {
        const round = chooseCheckBack(pack, answers, dayString(today), utcDay);
        expect(round.length).toBeLessThanOrEqual(CHECK_BACK_ROUND.maxPromises);
        for (const p of pack) {
          const picked = round.filter((r) => r.promiseId === p.promiseId);
          const questions = picked.map((r) => p.scenarios.find((s) => s.id === r.scenarioId)?.questions ?? 99);
          expect(questions.reduce((sum, q) => sum + q, 0)).toBeLessThanOrEqual(CHECK_BACK_ROUND.questionsPerPromise);
          for (const q of questions) expect(q).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('offers every due promise that has a fresh check-back, while the round has room', () => {
    fc.assert(
      fc.property(case_, ({ pack, answers, today }) => {
        const round = chooseCheckBack(pack, answers, dayString(today), utcDay);
        const seen = new Set(answers.map((a) => a.scenarioId));
        const due = pack.filter((p) => {
          const mine = answers.filter((a) => a.promiseId === p.promiseId);
          return (
            mine.length > 0 &&
            mine.every((a) => utcDay(a.at) < dayString(today)) &&
            p.scenarios.some((s) => !seen.has(s.id) && s.questions > 0 && s.questions <= 2)
          );
        });
        expect(round.length).toBe(Math.min(due.length, CHECK_BACK_ROUND.maxPromises));
      }),
    );
  });

  it('is the same round whatever order the answers are read in, and every time it is asked', () => {
    fc.assert(
      fc.property(
        case_.chain((c) =>
          fc.record({ c: fc.constant(c), shuffled: fc.shuffledSubarray(c.answers, { minLength: c.answers.length }) }),
        ),
        ({ c, shuffled }) => {
          const once = chooseCheckBack(c.pack, c.answers, dayString(c.today), utcDay);
          expect(chooseCheckBack(c.pack, shuffled, dayString(c.today), utcDay)).toEqual(once);
          expect(chooseCheckBack(c.pack, c.answers, dayString(c.today), utcDay)).toEqual(once);
        },
      ),
    );
  });
});

describe('checkBackRound() and checkBackStatus() on the KS1 pack', () => {
  const read = readPack('ks1-safe');
  if (!read.ok) throw new Error('ks1-safe does not load');
  const pack = read.pack;
  let n = 0;
  const attempt = (scenarioId: string, iso: string): AttemptRecord => {
    const scenario = pack.scenarios.find((s) => s.id === scenarioId);
    if (!scenario) throw new Error(`no scenario ${scenarioId}`);
    n++;
    return {
      id: `attempt-${String(n).padStart(4, '0')}`,
      pupilId: 'pupil-0001',
      packId: 'ks1-safe',
      packVersion: pack.manifest.version,
      promiseId: scenario.promise,
      scenarioId,
      runId: `run-000000${n}`,
      stepId: questionsOf(scenario)[0]?.id ?? 'a',
      choiceId: 'x',
      correct: true,
      firstTry: true,
      answerText: 'x',
      language: 'en-GB',
      at: iso,
      deviceId: 'device-0001',
    };
  };
  // Noon UTC is the same date in the device's own time zone wherever these tests run in Europe.
  const played = [attempt('allowed-whose-device', '2026-09-07T12:00:00.000Z')];

  it('offers ALLOWED’s check-back the next day, and says one is waiting', () => {
    const round = checkBackRound(pack, played, 'KS1', '2026-09-09');
    expect(round.map((s) => s.promise)).toEqual(['allowed']);
    expect(round.every((s) => s.checkBack)).toBe(true);
    expect(checkBackStatus(pack, played, 'KS1', '2026-09-09')).toEqual({ lastDoneAt: undefined, waiting: 1 });
  });

  it('says when the check-back was done', () => {
    const [first] = checkBackRound(pack, played, 'KS1', '2026-09-09');
    const done = [...played, attempt(first?.id ?? '', '2026-09-09T12:00:00.000Z')];
    expect(checkBackStatus(pack, done, 'KS1', '2026-09-09')).toEqual({
      lastDoneAt: '2026-09-09T12:00:00.000Z',
      waiting: 0,
    });
  });
});
