import { describe, expect, it } from 'vitest';
import {
  type Answer,
  prepareAcknowledgement,
  type SigningInput,
  wordingHash,
  wordingVersion,
} from '../../src/domain/agreement';
import { AcknowledgementRecord } from '../../src/domain/records';

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
