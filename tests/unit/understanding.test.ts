/*
 * Understanding rule v2 (src/domain/understanding.ts): hand-made pupils whose levels are worked
 * out by hand, then properties over generated histories (order never matters; one more right
 * answer never lowers the level, one more wrong answer never raises it; one day is never secure).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../src/domain/records';
import {
  type BeliefIndex,
  levelRank,
  type PromiseProgress,
  promiseProgress,
  questionKey,
  type ScenarioShape,
  UNDERSTANDING_LEVELS,
  UNDERSTANDING_RULE,
  UNDERSTANDING_RULE_VERSION,
} from '../../src/domain/understanding';

/** Normal play (for stars); `cb` is a check-back scenario, outside normal play. */
const SHAPES: ScenarioShape[] = [
  { id: 's1', stepIds: ['a', 'b'] },
  { id: 's2', stepIds: ['c', 'd'] },
  { id: 's3', stepIds: ['e'] },
];
/** s1/a offers "keep" (tagged secret-is-fine); cb/x offers "hide" with the same tag. */
const BELIEFS: BeliefIndex = new Map([
  [questionKey('s1', 'a'), new Map([['keep', 'secret-is-fine']])],
  [questionKey('cb', 'x'), new Map([['hide', 'secret-is-fine']])],
]);
/** Days are UTC dates in these tests (the app's default is the device's local date: see below). */
const utcDay = (iso: string) => iso.slice(0, 10);
const judge = (attempts: AttemptRecord[]): PromiseProgress =>
  promiseProgress(attempts, SHAPES, { beliefs: BELIEFS, dayOf: utcDay });

let seq = 0;
/** One answer to `scenario/step` on 2026-09-<day>, each a new second of the morning. */
function ans(
  question: string,
  correct: boolean,
  day: number,
  o: { choice?: string; run?: string; firstTry?: boolean } = {},
): AttemptRecord {
  const [scenarioId, stepId] = question.split('/') as [string, string];
  seq++;
  const choiceId = o.choice ?? (correct ? 'right' : 'wrong');
  return {
    id: `answer-${String((seq * 7919) % 100003).padStart(6, '0')}-${seq}`,
    pupilId: 'pupil-0001',
    packId: 'fixture',
    packVersion: '1.0.0',
    promiseId: 'secrets',
    scenarioId,
    runId: o.run ?? `run-${scenarioId}-day-${day}`,
    stepId,
    choiceId,
    correct,
    firstTry: o.firstTry ?? true,
    answerText: `the ${choiceId} answer`,
    language: 'en-GB',
    at: new Date(Date.UTC(2026, 8, day, 9, 0, seq)).toISOString(),
    deviceId: 'device-0001',
  };
}

const dayOne = () => [ans('s1/a', true, 1), ans('s1/b', true, 1), ans('s2/c', true, 1), ans('s2/d', true, 1)];

describe('understanding rule v2, by hand', () => {
  it('is not started with no answers, and says which rule judged it', () => {
    expect(judge([])).toMatchObject({ understanding: 'not-started', ruleVersion: 2, latestEvidenceAt: undefined });
    expect(UNDERSTANDING_RULE_VERSION).toBe(2);
    expect(UNDERSTANDING_RULE).toEqual({
      judgedQuestions: 4,
      secureRight: 3,
      developingRight: 2,
      misconceptionTimes: 2,
    });
  });

  it('is started after one answer, right or wrong: too few to judge', () => {
    expect(judge([ans('s1/a', true, 1)]).understanding).toBe('started');
    expect(judge([ans('s1/a', false, 1)]).understanding).toBe('started');
  });

  it('day 1 every question right first time is developing, not secure; a check-back on day 3 makes it secure', () => {
    const day1 = judge(dayOne());
    expect(day1.understanding).toBe('developing');
    const checkBack = ans('cb/x', true, 3);
    const day3 = judge([...dayOne(), checkBack]);
    expect(day3.understanding).toBe('secure');
    expect(day3.latestEvidenceAt).toBe(checkBack.at);
    expect(day3.evidence.map((e) => [`${e.scenarioId}/${e.stepId}`, e.judged])).toEqual([
      ['s1/a', false],
      ['s1/b', true],
      ['s2/c', true],
      ['s2/d', true],
      ['cb/x', true],
    ]);
  });

  it('a wrong check-back after secure needs revisiting; it is secure again only on a later day', () => {
    const secure = [...dayOne(), ans('cb/x', true, 3)];
    expect(judge([...secure, ans('cb/y', false, 10)]).understanding).toBe('needs-revisiting');
    const sameDay = [...secure, ans('cb/y', false, 10), ans('s3/e', true, 10)];
    expect(judge(sameDay).understanding).toBe('needs-revisiting');
    expect(judge([...sameDay, ans('s1/a', true, 11)]).understanding).toBe('secure');
  });

  it('answers read out of time order are judged in time order', () => {
    const history = [...dayOne(), ans('cb/x', true, 3), ans('cb/y', false, 10)];
    const backwards = [...history].reverse();
    expect(judge(backwards)).toEqual(judge(history));
    expect(judge(backwards).understanding).toBe('needs-revisiting');
  });

  it('wrong then right counts as wrong: only the first try is evidence', () => {
    // Right first time on day 1 for a, b, c; on day 2 d is wrong, then right on a second go.
    const attempts = [
      ans('s1/a', true, 1),
      ans('s1/b', true, 1),
      ans('s2/c', true, 1),
      ans('s2/d', false, 2, { run: 'run-d' }),
      ans('s2/d', true, 2, { run: 'run-d', firstTry: false }),
    ];
    const p = judge(attempts);
    expect(p.understanding).toBe('developing');
    expect(p.evidence.map((e) => e.correct)).toEqual([true, true, true, false]);
  });

  it('a lucky guess on two-choice questions in one sitting is never secure, however many', () => {
    const lucky = ['s1/a', 's1/b', 's2/c', 's2/d', 's3/e', 'cb/x', 'cb/y'].map((q) => ans(q, true, 4));
    expect(judge(lucky).understanding).toBe('developing');
  });

  it('secure needs three different questions: the same one right on three days is not enough', () => {
    const attempts = [ans('s1/a', true, 1), ans('s1/a', true, 2), ans('s1/a', true, 3), ans('s1/b', true, 3)];
    expect(judge(attempts).understanding).toBe('developing');
    expect(judge([...attempts, ans('s2/c', true, 3)]).understanding).toBe('secure');
  });

  it('three right of the last four is enough; two is developing; fewer is started', () => {
    const base = [ans('s1/a', false, 1), ans('s1/b', true, 1), ans('s2/c', true, 2)];
    expect(judge(base).understanding).toBe('developing');
    expect(judge([...base, ans('s2/d', true, 2)]).understanding).toBe('secure');
    expect(judge([ans('s1/a', false, 1), ans('s1/b', true, 1), ans('s2/c', false, 2)]).understanding).toBe('started');
  });

  it('the same untagged wrong choice in two runs is a misconception, with the answer the pupil chose', () => {
    const twice = [
      ans('s2/c', false, 1, { choice: 'send', run: 'r1' }),
      ans('s2/c', false, 2, { choice: 'send', run: 'r2' }),
    ];
    const p = judge(twice);
    expect(p.understanding).toBe('misconception');
    expect(p.misconceptions).toEqual([
      {
        misconceptionId: undefined,
        scenarioId: 's2',
        stepId: 'c',
        choiceId: 'send',
        answerText: 'the send answer',
        times: 2,
        lastAt: twice[1]?.at,
      },
    ]);
    // Two different wrong choices to one question are not the same belief.
    const different = [ans('s2/c', false, 1, { choice: 'send' }), ans('s2/c', false, 2, { choice: 'post' })];
    expect(judge(different).understanding).toBe('started');
  });

  it('wrong choices tagged with the same misconception on different questions are one misconception', () => {
    const p = judge([ans('s1/a', false, 1, { choice: 'keep' }), ans('cb/x', false, 5, { choice: 'hide' })]);
    expect(p.understanding).toBe('misconception');
    expect(p.misconceptions.map((m) => [m.misconceptionId, m.times])).toEqual([['secret-is-fine', 2]]);
    expect(p.evidence.map((e) => e.misconception)).toEqual(['secret-is-fine', 'secret-is-fine']);
  });

  it('a misconception outranks secure, and a later right answer where that belief is offered clears it', () => {
    const held = [...dayOne(), ans('cb/x', true, 3), ans('s1/a', false, 4, { choice: 'keep' })];
    expect(judge(held).understanding).toBe('needs-revisiting');
    const twice = [...held, ans('cb/x', false, 5, { choice: 'hide' })];
    expect(judge(twice).understanding).toBe('misconception');
    expect(judge([...twice, ans('s2/c', true, 6)]).understanding).toBe('misconception');
    const cleared = judge([...twice, ans('s1/a', true, 6)]);
    expect(cleared.misconceptions).toEqual([]);
    // d, x (wrong), c and a are the judged four: three right, on a later day than the wrong x.
    expect(cleared.understanding).toBe('secure');
  });

  it('stars still count finished scenarios of normal play, never the level', () => {
    const p = judge([...dayOne(), ans('cb/x', true, 3)]);
    expect([p.scenariosFinished, p.scenariosTotal]).toEqual([2, 3]);
  });
});

describe("a day is the device's calendar date", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('in British Summer Time, 00:30 is a new day although UTC still says yesterday', () => {
    process.env.TZ = 'Europe/London';
    const at = (iso: string, a: AttemptRecord) => ({ ...a, at: iso });
    const attempts = [
      at('2026-06-14T10:00:00.000Z', ans('s1/a', true, 1)),
      at('2026-06-14T10:01:00.000Z', ans('s1/b', true, 1)),
      at('2026-06-14T23:30:00.000Z', ans('s2/c', true, 1)),
    ];
    expect(promiseProgress(attempts, SHAPES).understanding).toBe('secure');
    expect(promiseProgress(attempts, SHAPES, { dayOf: utcDay }).understanding).toBe('developing');
    expect(promiseProgress(attempts, SHAPES).evidence.map((e) => e.day)).toEqual([
      '2026-06-14',
      '2026-06-14',
      '2026-06-15',
    ]);
  });
});

/*
 * Generated histories of one pupil and one promise: answers to seven questions over five days,
 * in one of two runs per scenario and day (so some are second tries), each right or one of two
 * wrong choices (s1/a's and cb/x's wrong choices are tagged with the same misconception).
 */
const QUESTIONS = ['s1/a', 's1/b', 's2/c', 's2/d', 's3/e', 'cb/x', 'cb/y'] as const;
const WRONG: Record<string, string[]> = { 's1/a': ['keep', 'other'], 'cb/x': ['hide', 'other'] };
const wrongChoices = (q: string) => WRONG[q] ?? ['wrong', 'other'];

interface Step {
  question: number;
  right: boolean;
  wrong: number;
  day: number;
  second: number;
  run: number;
}
const step = fc.record({
  question: fc.integer({ min: 0, max: QUESTIONS.length - 1 }),
  /** Mostly right, as most children are. */
  right: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  wrong: fc.integer({ min: 0, max: 1 }),
  day: fc.integer({ min: 1, max: 5 }),
  second: fc.integer({ min: 0, max: 3 }),
  run: fc.integer({ min: 0, max: 1 }),
});

function build(steps: Step[], from = 0): AttemptRecord[] {
  return steps.map((s, i) => {
    const q = QUESTIONS[s.question] as string;
    const a = ans(q, s.right, s.day, {
      choice: s.right ? 'right' : wrongChoices(q)[s.wrong],
      run: `run-${q.split('/')[0]}-day-${s.day}-${s.run}`,
    });
    // Few distinct seconds, so equal times happen and ids settle them.
    return {
      ...a,
      id: `answer-${String(from + i).padStart(4, '0')}`,
      at: a.at.replace(/:\d\d\.000Z$/, `:0${s.second}.000Z`),
    };
  });
}
const history = fc.array(step, { maxLength: 16 });
const rank = (attempts: AttemptRecord[]) => levelRank(judge(attempts).understanding);

/** One more answer, after every other (the next day or the same day, a minute later). */
function later(attempts: AttemptRecord[], question: number, right: boolean, wrong: number, nextDay: boolean) {
  const last = attempts
    .map((a) => a.at)
    .sort()
    .at(-1);
  const base = last ? Date.parse(last) : Date.UTC(2026, 8, 1, 9);
  const at = new Date(base + (nextDay ? 86_400_000 : 60_000)).toISOString();
  const q = QUESTIONS[question] as string;
  const a = ans(q, right, 1, { choice: right ? 'right' : wrongChoices(q)[wrong], run: 'run-later' });
  return [...attempts, { ...a, id: 'answer-later', at }];
}
const oneMore = fc.record({
  question: fc.integer({ min: 0, max: QUESTIONS.length - 1 }),
  wrong: fc.integer({ min: 0, max: 1 }),
  nextDay: fc.boolean(),
});

describe('understanding rule v2, properties', () => {
  it('levels are ordered lowest first: not started, misconception, started, developing, needs revisiting, secure', () => {
    expect(UNDERSTANDING_LEVELS).toEqual([
      'not-started',
      'misconception',
      'started',
      'developing',
      'needs-revisiting',
      'secure',
    ]);
  });

  it('the order answers are read in (and reading one twice) never changes the judgement', () => {
    fc.assert(
      fc.property(history, fc.func(fc.integer()), fc.boolean(), (steps, key, twice) => {
        const attempts = build(steps);
        const shuffled = [...attempts, ...(twice ? attempts.slice(0, 3) : [])]
          .map((a, i) => ({ a, k: key(i) }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.a);
        expect(judge(shuffled)).toEqual(judge(attempts));
      }),
      { numRuns: 300 },
    );
  });

  it('one more right answer never lowers the level', () => {
    fc.assert(
      fc.property(history, oneMore, (steps, more) => {
        const attempts = build(steps);
        expect(rank(later(attempts, more.question, true, 0, more.nextDay))).toBeGreaterThanOrEqual(rank(attempts));
      }),
      { numRuns: 500 },
    );
  });

  it('one more wrong answer never raises the level (the first answer of all only ends "not started")', () => {
    fc.assert(
      fc.property(history, oneMore, (steps, more) => {
        const attempts = build(steps);
        const after = judge(later(attempts, more.question, false, more.wrong, more.nextDay)).understanding;
        if (attempts.length === 0) expect(after).toBe('started');
        else expect(levelRank(after)).toBeLessThanOrEqual(rank(attempts));
      }),
      { numRuns: 500 },
    );
  });

  it('answers all given on one day are never secure and never need revisiting', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 5 }), (steps, day) => {
        const level = judge(build(steps.map((s) => ({ ...s, day })))).understanding;
        expect(['secure', 'needs-revisiting']).not.toContain(level);
      }),
      { numRuns: 300 },
    );
  });

  it('secure always rests on three different questions right first time among the judged four', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const p = judge(build(steps));
        if (p.understanding !== 'secure') return;
        const judged = p.evidence.filter((e) => e.judged);
        expect(judged.length).toBeLessThanOrEqual(4);
        expect(
          new Set(judged.filter((e) => e.correct).map((e) => `${e.scenarioId}/${e.stepId}`)).size,
        ).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 300 },
    );
  });
});
