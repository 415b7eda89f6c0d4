import { describe, expect, it } from 'vitest';
import {
  type Answer,
  agreedBeforeSecure,
  prepareAcknowledgement,
  type SigningInput,
  wordingHash,
  wordingVersion,
} from '../../src/domain/agreement';
import { signedLevels } from '../../src/domain/packProgress';
import { AcknowledgementRecord } from '../../src/domain/records';
import { UNDERSTANDING_RULE_VERSION } from '../../src/domain/understanding';
import { readPack } from '../helpers/contentFiles';

const base = (over: Partial<SigningInput> = {}): SigningInput => ({
  pupilId: 'pupil-0001',
  agreementId: 'ks2-i-am-agreement',
  packVersion: '1.0.0',
  itemIds: ['secure', 'private'],
  wording: ['I keep my passwords to myself.', 'I only give out private information if a trusted adult says so.'],
  language: 'en-GB',
  answers: new Map<string, Answer>([
    ['secure', 'agree'],
    ['private', 'discuss'],
  ]),
  trustedAdults: { school: ['Mrs Jones'], home: ['Mum'] },
  signature: {
    kind: 'strokes',
    strokes: [
      [
        [0, 0],
        [10, 12],
        [20, 5],
      ],
    ],
  },
  now: new Date('2026-11-23T10:00:00Z'),
  latestKnownTime: '2026-11-23T09:59:00.000Z',
  deviceId: 'device-0001',
  ...over,
});

describe('signing an agreement', () => {
  it('makes a record the schema accepts, with ticks and "talk to my teacher first" kept apart', () => {
    const result = prepareAcknowledgement(base());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = AcknowledgementRecord.parse({ ...result.record, id: 'ack-00000001' });
    expect(parsed.itemsTicked).toEqual(['secure']);
    expect(parsed.itemsToDiscuss).toEqual(['private']);
    expect(parsed.wordingHash).toMatch(/^[0-9a-f]{64}$/);
    expect(parsed.signedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(parsed.clockWarning).toBe(false);
  });

  it('hashes the exact wording: the same words give the same hash, NFC and outer spaces aside', () => {
    expect(wordingHash(['Cymraeg: ŵ', 'two'])).toBe(wordingHash([' Cymraeg: w\u0302 ', 'two']));
    expect(wordingHash(['one', 'two'])).not.toBe(wordingHash(['one', 'two!']));
    expect(wordingHash(['one two'])).not.toBe(wordingHash(['one', 'two']));
  });

  it('gives changed wording a new version, even with the same pack version', () => {
    const before = prepareAcknowledgement(base());
    const after = prepareAcknowledgement(base({ wording: ['I keep my passwords secret.', 'I stay private.'] }));
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect(before.record.agreementVersion).not.toBe(after.record.agreementVersion);
    expect(before.record.agreementVersion.startsWith('1.0.0+')).toBe(true);
    expect(wordingVersion('1.0.0', before.record.wordingHash)).toBe(before.record.agreementVersion);
  });

  it('refuses until every statement is ticked or marked to discuss, and says which', () => {
    const result = prepareAcknowledgement(base({ answers: new Map([['secure', 'agree']]) }));
    expect(result).toEqual({ ok: false, problem: 'items-unanswered', items: ['private'] });
  });

  it('refuses a signature with no strokes, a dot, or a blank typed name', () => {
    expect(prepareAcknowledgement(base({ signature: { kind: 'strokes', strokes: [] } }))).toMatchObject({
      problem: 'no-signature',
    });
    expect(prepareAcknowledgement(base({ signature: { kind: 'strokes', strokes: [[[5, 5]]] } }))).toMatchObject({
      problem: 'no-signature',
    });
    expect(prepareAcknowledgement(base({ signature: { kind: 'typed', name: '   ' } }))).toMatchObject({
      problem: 'no-signature',
    });
  });

  it('needs at least one trusted adult', () => {
    expect(prepareAcknowledgement(base({ trustedAdults: { school: [], home: [] } }))).toMatchObject({
      problem: 'no-trusted-adult',
    });
  });

  it("keeps the device time but flags a clock that is behind this device's own records", () => {
    const result = prepareAcknowledgement(base({ latestKnownTime: '2027-01-01T00:00:00.000Z' }));
    expect(result.ok && result.record.clockWarning).toBe(true);
    expect(result.ok && result.record.signedAt).toBe('2026-11-23T10:00:00.000Z');
  });
});

describe('levels kept with the signing record', () => {
  const progress = new Map([
    ['secure', { understanding: 'secure' as const, latestEvidenceAt: '2026-11-20T09:00:00.000Z' }],
    ['private', { understanding: 'developing' as const, latestEvidenceAt: '2026-11-18T09:00:00.000Z' }],
  ]);
  const signed = (over: Partial<SigningInput> = {}) => {
    const result = prepareAcknowledgement(
      base({
        progress,
        answers: new Map([
          ['secure', 'agree'],
          ['private', 'agree'],
        ]),
        ...over,
      }),
    );
    if (!result.ok) throw new Error(result.problem);
    return AcknowledgementRecord.parse({ ...result.record, id: 'ack-00000001' });
  };

  it('keeps each statement’s level, the date of its evidence and the rule version, in the agreement’s order', () => {
    expect(signed().levels).toEqual({
      ruleVersion: UNDERSTANDING_RULE_VERSION,
      items: [
        { id: 'secure', level: 'secure', evidenceAt: '2026-11-20T09:00:00.000Z' },
        { id: 'private', level: 'developing', evidenceAt: '2026-11-18T09:00:00.000Z' },
      ],
    });
  });

  it('says "not started" with no date for a statement never played', () => {
    expect(signed({ progress: new Map() }).levels?.items).toEqual([
      { id: 'secure', level: 'not-started', evidenceAt: null },
      { id: 'private', level: 'not-started', evidenceAt: null },
    ]);
  });

  it('lists a statement ticked but not yet secure for the teacher, from the kept levels', () => {
    const record = signed();
    expect(agreedBeforeSecure(record, record.levels ?? { ruleVersion: 2, items: [] })).toEqual(['private']);
  });

  it('still reads a record made before levels were kept', () => {
    const { levels: _, ...old } = signed();
    expect(AcknowledgementRecord.parse(old).levels).toBeUndefined();
  });

  it('refuses a kept level the rule does not have', () => {
    const record = signed();
    const bad = {
      ...record,
      levels: { ruleVersion: 2, items: [{ id: 'secure', level: 'brilliant', evidenceAt: null }] },
    };
    expect(AcknowledgementRecord.safeParse(bad).success).toBe(false);
  });
});

describe('signedLevels()', () => {
  const read = readPack('ks2-i-am');
  if (!read.ok) throw new Error('ks2-i-am does not load');
  const kept = {
    ruleVersion: 2,
    items: [{ id: 'secure', level: 'secure' as const, evidenceAt: '2026-11-20T09:00:00.000Z' }],
  };
  const result = prepareAcknowledgement(base());
  if (!result.ok) throw new Error(result.problem);
  const ack = { ...result.record, id: 'ack-00000001' };

  it('prints what was kept when signed, never worked out again from the answers', () => {
    expect(signedLevels({ ...ack, levels: kept }, read.pack, [], 'LKS2')).toEqual({ levels: kept, stored: true });
  });

  it('works a record made before levels were kept out from the answers, and says so', () => {
    const { levels, stored } = signedLevels(ack, read.pack, [], 'LKS2');
    expect(stored).toBe(false);
    expect(levels.items).toHaveLength(read.pack.manifest.agreement.promises.length);
    expect(levels.items.every((i) => i.level === 'not-started' && i.evidenceAt === null)).toBe(true);
  });
});
