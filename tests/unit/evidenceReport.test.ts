/*
 * The class evidence report (src/domain/evidenceReport.ts): a hand-made class worked out by
 * hand, then properties over generated classes (the order of the records never matters; no
 * count exceeds the class; the CSV reads back as the same rows, with formulas neutralised).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/csv';
import { DCF_STRANDS, ECF_STRANDS, FOUR_CS } from '../../src/domain/curriculum';
import {
  EVIDENCE_COLUMNS,
  type EvidenceReport,
  type EvidenceWords,
  evidenceCsv,
  evidenceReport,
  evidenceRows,
} from '../../src/domain/evidenceReport';
import { questionsOf } from '../../src/domain/questions';
import type { AcknowledgementRecord, AttemptRecord, PupilRecord } from '../../src/domain/records';
import { UNDERSTANDING_RULE_VERSION } from '../../src/domain/understanding';
import { readPack } from '../helpers/contentFiles';

const read = readPack('ks1-safe');
if (!read.ok) throw new Error('ks1-safe does not load');
const pack = read.pack;
const utcDay = (iso: string) => iso.slice(0, 10);
const report = (pupils: PupilRecord[], attempts: AttemptRecord[], acks: AcknowledgementRecord[] = []) =>
  evidenceReport(pack, 'KS1', pupils, attempts, acks, { dayOf: utcDay });

const pupil = (n: number, displayName = `Pupil ${n}`): PupilRecord => ({
  id: `pupil-${String(n).padStart(4, '0')}`,
  classId: 'class-0001',
  displayName,
  avatar: 'fox',
  createdAt: '2026-09-01T08:00:00.000Z',
});

/** Every question of normal play and check-back, with its promise. */
const QUESTIONS = pack.scenarios.flatMap((s) => questionsOf(s).map((q) => ({ s, q })));
const questionsOfPromise = (promiseId: string) => QUESTIONS.filter(({ s }) => s.promise === promiseId);

let seq = 0;
function answer(
  who: PupilRecord,
  at: string,
  { s, q }: (typeof QUESTIONS)[number],
  pick: 'right' | 'wrong' | string,
  o: { run?: string; firstTry?: boolean } = {},
): AttemptRecord {
  const choice =
    pick === 'right'
      ? q.choices.find((c) => c.correct)
      : pick === 'wrong'
        ? q.choices.find((c) => !c.correct)
        : q.choices.find((c) => c.id === pick);
  if (!choice) throw new Error(`no ${pick} choice in ${s.id}/${q.id}`);
  seq++;
  return {
    id: `answer-${String(seq).padStart(6, '0')}`,
    pupilId: who.id,
    packId: pack.manifest.id,
    packVersion: pack.manifest.version,
    promiseId: s.promise,
    scenarioId: s.id,
    runId: o.run ?? `run-${who.id}-${s.id}-${at.slice(0, 10)}`,
    stepId: q.id,
    choiceId: choice.id,
    correct: choice.correct,
    firstTry: o.firstTry ?? true,
    answerText: choice.id,
    language: 'en-GB',
    at,
    deviceId: 'device-0001',
  };
}

function signing(who: PupilRecord, signedAt: string, ticked: string[], discuss: string[] = []): AcknowledgementRecord {
  seq++;
  return {
    id: `ack-${String(seq).padStart(6, '0')}`,
    pupilId: who.id,
    agreementId: pack.manifest.agreement.id,
    agreementVersion: '1.1.0+abc',
    wordingHash: '0'.repeat(64),
    wording: [],
    language: 'en-GB',
    itemsTicked: ticked,
    itemsToDiscuss: discuss,
    trustedAdults: { school: ['Mrs Evans'], home: ['Mum'] },
    signature: { kind: 'typed', name: who.displayName },
    signedAt,
    clockWarning: false,
    deviceId: 'device-0001',
  };
}

const row = (r: EvidenceReport, framework: string, strand: string) => {
  const found = r.strands.find((s) => s.framework === framework && s.strand === strand);
  if (!found) throw new Error(`no row ${framework}/${strand}`);
  return found;
};
const ALL_PROMISES = pack.manifest.agreement.promises.map((p) => p.id);

describe('evidenceReport()', () => {
  const ada = pupil(1, 'Ada L');
  const ben = pupil(2, 'Ben K');
  const cai = pupil(3, 'Cai M');
  // Ada is secure in ALLOWED: three questions right on day 1, one more on day 3.
  const allowed = questionsOfPromise('allowed');
  const adaAnswers = [
    answer(ada, '2026-09-07T09:00:00.000Z', allowed[0]!, 'right'),
    answer(ada, '2026-09-07T09:01:00.000Z', allowed[1]!, 'right'),
    answer(ada, '2026-09-07T09:02:00.000Z', allowed[2]!, 'right'),
    answer(ada, '2026-09-09T10:00:00.000Z', allowed[3]!, 'right'),
  ];
  // Ben keeps the stranger's secret twice (a misconception); Cai chooses it once, then puts it right.
  const secretQuestions = QUESTIONS.filter(({ q }) => q.choices.some((c) => c.misconception === 'secret-is-fine'));
  const secretChoice = (x: (typeof QUESTIONS)[number]) =>
    x.q.choices.find((c) => c.misconception === 'secret-is-fine')?.id ?? '';
  const benAnswers = secretQuestions
    .slice(0, 2)
    .map((x, i) => answer(ben, `2026-09-08T09:0${i}:00.000Z`, x, secretChoice(x)));
  const caiAnswers = [
    answer(cai, '2026-09-08T11:00:00.000Z', secretQuestions[0]!, secretChoice(secretQuestions[0]!)),
    answer(cai, '2026-09-10T11:00:00.000Z', secretQuestions[0]!, 'right'),
  ];
  const acks = [
    signing(ada, '2026-09-09T11:00:00.000Z', ALL_PROMISES),
    signing(
      ben,
      '2026-09-08T12:00:00.000Z',
      ALL_PROMISES.filter((id) => id !== 'secrets'),
      ['secrets'],
    ),
  ];
  const r = report([ada, ben, cai], [...adaAnswers, ...benAnswers, ...caiAnswers], acks);
  /** Ada's row for the health strand in a pack whose agreement has only ALLOWED. */
  const adaInAllowedOnly = (ack: AcknowledgementRecord) => {
    const { agreement } = pack.manifest;
    const allowedOnly = { ...pack.manifest, agreement: { ...agreement, promises: agreement.promises.slice(0, 1) } };
    const r = evidenceReport({ ...pack, manifest: allowedOnly }, 'KS1', [ada], adaAnswers, [ack], { dayOf: utcDay });
    return row(r, 'ecf', 'health-well-being-and-lifestyle');
  };

  it('has a row for every strand of the three frameworks, taught or not, and names the rule', () => {
    expect(r.strands.map((s) => `${s.framework}/${s.strand}`)).toEqual([
      ...ECF_STRANDS.map((s) => `ecf/${s}`),
      ...FOUR_CS.map((s) => `fourCs/${s}`),
      ...DCF_STRANDS.map((s) => `dcf/${s}`),
    ]);
    expect(r.ruleVersion).toBe(UNDERSTANDING_RULE_VERSION);
    expect(row(r, 'ecf', 'copyright-and-ownership')).toMatchObject({ promiseIds: [], secure: 0, signed: [] });
  });

  it('says which promises teach a strand, when the class played them, and who is secure', () => {
    const health = row(r, 'ecf', 'health-well-being-and-lifestyle');
    expect(health.promiseIds).toEqual(['allowed', 'check', 'ask']);
    expect(health).toMatchObject({ firstPlayed: '2026-09-07', lastPlayed: '2026-09-09' });
    // Secure in every promise of the strand: nobody has played CHECK or ASK.
    expect(health.secure).toBe(0);
    expect(r.promises.find((p) => p.promiseId === 'allowed')).toMatchObject({ secure: 1, played: 1 });
    expect(row(r, 'dcf', 'health-and-well-being').promiseIds).toContain('allowed');
  });

  it('counts the wrong beliefs chosen and still held, and who signed (and whether secure by then)', () => {
    const relationships = row(r, 'ecf', 'online-relationships');
    expect(relationships.misconceptions.find((m) => m.misconceptionId === 'secret-is-fine')).toEqual({
      misconceptionId: 'secret-is-fine',
      chosenBy: 2,
      heldBy: 1,
    });
    expect(relationships.signed.map((p) => p.displayName)).toEqual(['Ada L']);
    expect(relationships.talkFirst.map((p) => p.displayName)).toEqual(['Ben K']);
    expect(relationships.notSigned.map((p) => p.displayName)).toEqual(['Ben K', 'Cai M']);
    const conduct = row(r, 'fourCs', 'conduct');
    expect(conduct.signed.map((p) => p.displayName)).toEqual(['Ada L', 'Ben K']);
    expect(conduct.signedWhenSecure).toBe(0);
    // Ada signed ALLOWED's strand after showing it secure.
    expect(adaInAllowedOnly(signing(ada, '2026-09-09T11:00:00.000Z', ['allowed']))).toMatchObject({
      secure: 1,
      signedWhenSecure: 1,
    });
  });

  it('reads "secure when signed" from the levels kept with the record, never working them out again', () => {
    // A record signed under an older rule keeps the level that rule gave: here "developing",
    // though today's rule reads Ada's answers by then as secure.
    const kept = (level: 'secure' | 'developing'): AcknowledgementRecord => ({
      ...signing(ada, '2026-09-09T11:00:00.000Z', ALL_PROMISES),
      levels: { ruleVersion: 1, items: [{ id: 'allowed', level, evidenceAt: '2026-09-09T10:00:00.000Z' }] },
    });
    expect(adaInAllowedOnly(kept('developing'))).toMatchObject({ secure: 1, signedWhenSecure: 0 });
    expect(adaInAllowedOnly(kept('secure'))).toMatchObject({ secure: 1, signedWhenSecure: 1 });
  });

  it('leaves out other classes, other packs and other agreements', () => {
    const outsider = pupil(9);
    const other = report(
      [ada],
      [
        ...adaAnswers,
        answer(outsider, '2026-09-01T09:00:00.000Z', allowed[0]!, 'wrong'),
        { ...adaAnswers[0]!, id: 'x-1', packId: 'ks2-i-am', at: '2026-01-01T09:00:00.000Z' },
      ],
      [
        signing(outsider, '2026-09-09T11:00:00.000Z', ALL_PROMISES),
        { ...signing(ada, '2026-09-09T11:00:00.000Z', ALL_PROMISES), agreementId: 'other' },
      ],
    );
    expect(other.pupils).toBe(1);
    expect(other.firstPlayed).toBe('2026-09-07');
    expect(row(other, 'fourCs', 'conduct').signed).toEqual([]);
  });
});

/** English words for the CSV, as the screen gives them. */
const WORDS: EvidenceWords = {
  header: EVIDENCE_COLUMNS.map((c) => `Column ${c}`),
  framework: (f) => `Framework ${f}`,
  strand: (f, s) => `${f}:${s}`,
  promise: (id) => id.toUpperCase(),
  belief: (id) => `Thinks ${id}`,
  promiseSecure: (p, n, total) => `${p}: ${n} of ${total} secure`,
  beliefSeen: (b, chosen, held) => `${b}: chosen by ${chosen}, still held by ${held}`,
};

/** A generated class: pupils with any names, answers to any question on any day, signings. */
const classArb = fc
  .record({
    names: fc.array(
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
    answers: fc.array(
      fc.record({
        who: fc.nat(6),
        question: fc.nat(QUESTIONS.length - 1),
        choice: fc.nat(3),
        day: fc.nat(300),
        minute: fc.nat(600),
        run: fc.nat(2),
        firstTry: fc.boolean(),
      }),
      { maxLength: 80 },
    ),
    signings: fc.array(
      fc.record({
        who: fc.nat(6),
        day: fc.nat(300),
        ticked: fc.subarray(ALL_PROMISES),
        discuss: fc.subarray(ALL_PROMISES),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ names, answers, signings }) => {
    const pupils = names.map((name, i) => pupil(i, name.trim()));
    // Index `names.length` and above are pupils of another class: never counted.
    const whoOf = (n: number) => pupils[n] ?? pupil(100 + n);
    const at = (day: number, minute: number) =>
      new Date(Date.UTC(2026, 8, 1, 8, minute) + day * 86_400_000).toISOString();
    const attempts = answers.map((a, i) => {
      const x = QUESTIONS[a.question]!;
      const choice = x.q.choices[a.choice % x.q.choices.length]!;
      return {
        ...answer(whoOf(a.who), at(a.day, a.minute), x, choice.id, { run: `run-${a.run}`, firstTry: a.firstTry }),
        id: `gen-${String(i).padStart(4, '0')}`,
      };
    });
    const acks = signings.map((s, i) => ({
      ...signing(whoOf(s.who), at(s.day, 700), s.ticked, s.discuss),
      id: `gen-ack-${String(i).padStart(3, '0')}`,
    }));
    return { pupils, attempts, acks };
  });

const shuffled = <T>(items: T[], seed: number): T[] => {
  const out = [...items];
  let x = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

describe('evidenceReport() properties', () => {
  it('gives the same report whatever order the answers and signings are read in', () => {
    fc.assert(
      fc.property(classArb, fc.nat(), ({ pupils, attempts, acks }, seed) => {
        expect(report(pupils, shuffled(attempts, seed), shuffled(acks, seed + 1))).toEqual(
          report(pupils, attempts, acks),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('never counts more pupils than the class has', () => {
    fc.assert(
      fc.property(classArb, ({ pupils, attempts, acks }) => {
        const r = report(pupils, attempts, acks);
        const size = pupils.length;
        expect(r.pupils).toBe(size);
        for (const p of r.promises) {
          expect(p.secure).toBeLessThanOrEqual(p.played);
          expect(p.played).toBeLessThanOrEqual(size);
        }
        for (const s of r.strands) {
          const counts = [s.secure, s.signed.length, s.signedWhenSecure, s.talkFirst.length, s.notSigned.length];
          for (const n of counts) expect(n).toBeLessThanOrEqual(size);
          expect(s.signedWhenSecure).toBeLessThanOrEqual(s.signed.length);
          if (s.promiseIds.length) expect(s.signed.length + s.notSigned.length).toBe(size);
          for (const m of s.misconceptions) {
            expect(m.chosenBy).toBeLessThanOrEqual(size);
            expect(m.heldBy).toBeLessThanOrEqual(m.chosenBy);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('writes a CSV that parses back to the same rows, with any formula neutralised', () => {
    const asRead = (cell: unknown) =>
      cell === null || cell === undefined
        ? ''
        : typeof cell === 'string'
          ? /^[=+\-@\t\r]/.test(cell)
            ? `'${cell}`
            : cell
          : String(cell);
    fc.assert(
      fc.property(classArb, ({ pupils, attempts, acks }) => {
        const r = report(pupils, attempts, acks);
        const csv = evidenceCsv(r, WORDS);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(parseCsv(csv)).toEqual([WORDS.header, ...evidenceRows(r, WORDS).map((cells) => cells.map(asRead))]);
      }),
      { numRuns: 60 },
    );
  });

  it('neutralises a pupil named like a formula and keeps dates as ISO days', () => {
    const mallory = pupil(1, '=HYPERLINK("x")');
    const r = report([mallory], [], [signing(mallory, '2026-09-09T11:00:00.000Z', ALL_PROMISES)]);
    const rows = parseCsv(evidenceCsv(r, WORDS));
    const conduct = rows.find((cells) => cells[1] === 'fourCs:conduct');
    expect(conduct?.[EVIDENCE_COLUMNS.indexOf('signedNames')]).toBe(`'=HYPERLINK("x")`);
    const played = report([mallory], [answer(mallory, '2026-09-07T09:00:00.000Z', QUESTIONS[0]!, 'right')]);
    const first = parseCsv(evidenceCsv(played, WORDS)).find(
      (cells) => cells[1] === 'ecf:health-well-being-and-lifestyle',
    );
    expect(first?.[EVIDENCE_COLUMNS.indexOf('firstPlayed')]).toBe('2026-09-07');
  });
});
