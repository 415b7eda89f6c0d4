import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORDING_MAX_BYTES } from '../../src/domain/records';
import { narrationFileName } from '../../src/domain/sha256';
import {
  audioKind,
  type HeardLine,
  planVoicePack,
  readVoicePackText,
  VOICE_PACK_MAX_BYTES,
  type VoicePackPlace,
  wordsHash,
  writeVoicePack,
} from '../../src/domain/voicePack';

/** The first bytes of a WebM file (what Chromium's MediaRecorder makes), then some sound. */
const webm = (size = 64, fill = 7) => {
  const bytes = new Uint8Array(size).fill(fill);
  bytes.set([0x1a, 0x45, 0xdf, 0xa3]);
  return bytes;
};

const LINES: HeardLine[] = [
  { key: 'common:pick.class', words: 'Tap your class.' },
  { key: 'promises.allowed.text', words: 'I only use the internet when a grown-up says I may.' },
  { key: 'common:map.hello#0', words: 'Hello' },
];
const HERE: VoicePackPlace = {
  packIds: new Set(['ks1-safe', 'ks2-i-am']),
  langs: new Set(['en-GB', 'cy']),
  packId: 'ks1-safe',
  lang: 'cy',
};

const fileOf = (lines = LINES, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    ...writeVoicePack({
      packId: 'ks1-safe',
      lang: 'cy',
      recordedBy: 'Mrs Evans',
      exportedAt: '2026-12-01T22:00:00.000Z',
      lines: lines.map((l, i) => ({ ...l, mime: 'audio/webm;codecs=opus', audio: webm(64, i) })),
    }),
    ...overrides,
  });

const problemOf = (text: string, here = HERE) => {
  const read = readVoicePackText(text, here);
  return read.ok ? 'ok' : read.problem;
};

describe('a voice pack file', () => {
  it('reads back exactly what was written: pack, language, who recorded it, each line and its audio', () => {
    const read = readVoicePackText(fileOf(), HERE);
    if (!read.ok) throw new Error(read.problem);
    expect(read.voicePack).toMatchObject({ packId: 'ks1-safe', lang: 'cy', recordedBy: 'Mrs Evans' });
    expect(read.voicePack.lines.map((l) => [l.key, l.words, l.wordsHash])).toEqual(
      LINES.map((l) => [l.key, l.words, wordsHash(l.words)]),
    );
    expect(Buffer.from(read.voicePack.lines[1]?.audioBase64 ?? '', 'base64')).toEqual(Buffer.from(webm(64, 1)));
  });

  it('round-trips any recordings of any lines', () => {
    const line = fc.record({
      key: fc.stringMatching(/^[\w.:#-]{1,40}$/),
      words: fc
        .string({ minLength: 1, maxLength: 200 })
        .filter((w) => /^[^\p{Cc}\p{Cf}]+$/u.test(w) && w.trim() !== ''),
      audio: fc.uint8Array({ minLength: 4, maxLength: 300 }).map((b) => {
        const bytes = new Uint8Array(b.length + 4);
        bytes.set([0x1a, 0x45, 0xdf, 0xa3]);
        bytes.set(b, 4);
        return bytes;
      }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(line, { selector: (l) => l.key, minLength: 1, maxLength: 12 }), (lines) => {
        const text = JSON.stringify(
          writeVoicePack({
            packId: 'ks1-safe',
            lang: 'cy',
            recordedBy: '',
            exportedAt: '2026-12-01T22:00:00.000Z',
            lines: lines.map((l) => ({ ...l, mime: 'audio/webm' })),
          }),
        );
        const read = readVoicePackText(text, HERE);
        if (!read.ok) throw new Error(`${read.problem} ${read.detail}`);
        expect(read.voicePack.lines.map((l) => [l.key, l.words, [...Buffer.from(l.audioBase64, 'base64')]])).toEqual(
          lines.map((l) => [l.key, l.words, [...l.audio]]),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('is refused, with the reason, when it is not a whole voice pack of ours', () => {
    const good = fileOf();
    expect(problemOf(good.slice(0, good.length / 2))).toBe('not-json');
    expect(problemOf('<html>not a voice pack</html>')).toBe('not-json');
    expect(problemOf(JSON.stringify({ format: 'stay-safe-online-backup', formatVersion: 1 }))).toBe('not-ours');
    expect(problemOf('null')).toBe('not-ours');
    expect(problemOf(fileOf(LINES, { formatVersion: 2 }))).toBe('newer-version');
    expect(problemOf(fileOf(LINES, { formatVersion: 0 }))).toBe('damaged');
    expect(problemOf(fileOf(LINES, { lines: [] }))).toBe('damaged');
    expect(problemOf(fileOf(LINES, { extra: 'field' }))).toBe('damaged');
    expect(problemOf(fileOf(LINES, { recordedBy: 'Mrs \u202eEvans' }))).toBe('damaged');
    expect(problemOf(' '.repeat(VOICE_PACK_MAX_BYTES + 1))).toBe('too-big');
  });

  it('is refused when a line has been tampered with', () => {
    const tamper = (change: (line: Record<string, unknown>) => void) => {
      const json = JSON.parse(fileOf());
      change(json.lines[1]);
      return problemOf(JSON.stringify(json));
    };
    expect(tamper((l) => (l.words = 'Share your password with everyone.'))).toBe('damaged');
    expect(tamper((l) => (l.audioBase64 = Buffer.from('<script>alert(1)</script>').toString('base64')))).toBe(
      'damaged',
    );
    expect(tamper((l) => (l.mime = 'text/html'))).toBe('damaged');
    expect(tamper((l) => (l.mime = 'audio/ogg'))).toBe('damaged');
    expect(tamper((l) => (l.audioBase64 = 'not base64!'))).toBe('damaged');
    expect(tamper((l) => (l.audioBase64 = 'GkXfowc'))).toBe('damaged');
    expect(tamper((l) => (l.key = '../../etc/passwd'))).toBe('damaged');
    expect(tamper((l) => (l.key = 'common:pick.class'))).toBe('damaged');
  });

  it('is refused when a recording or the whole file is larger than the limits', () => {
    const big = Buffer.from(webm(RECORDING_MAX_BYTES + 10)).toString('base64');
    const json = JSON.parse(fileOf());
    json.lines[0].audioBase64 = big;
    expect(problemOf(JSON.stringify(json))).toBe('damaged');
    const many = Array.from({ length: 3001 }, (_, i) => ({ key: `k${i}`, words: `line ${i}` }));
    expect(() => fileOf(many)).toThrow();
  });

  it('is refused for a pack or language other than the one chosen, or one this device does not have', () => {
    expect(problemOf(fileOf(), { ...HERE, packId: 'ks2-i-am' })).toBe('wrong-pack');
    expect(problemOf(fileOf(), { ...HERE, lang: 'en-GB' })).toBe('wrong-language');
    expect(problemOf(fileOf(), { ...HERE, packIds: new Set(['ks2-i-am']) })).toBe('unknown-pack');
    expect(problemOf(fileOf(), { ...HERE, langs: new Set(['en-GB']) })).toBe('unknown-language');
  });

  it('never throws on a mutated file: it is refused with a reason, or read as a sound voice pack', () => {
    const base = JSON.parse(fileOf());
    const paths: (string | number)[][] = [
      ['format'],
      ['formatVersion'],
      ['packId'],
      ['lang'],
      ['recordedBy'],
      ['exportedAt'],
      ['lines'],
      ...[0, 1, 2].flatMap((i) => ['key', 'words', 'wordsHash', 'mime', 'audioBase64'].map((f) => ['lines', i, f])),
    ];
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(undefined, '', '<script>alert(1)</script>', 'x'.repeat(5000), '\u0000', -1, 1e308, {}, []),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), hostile, fc.nat(3000), (path, value, cut) => {
        const json = structuredClone(base);
        let node = json;
        for (const step of path.slice(0, -1)) node = node[step];
        node[path.at(-1) as string] = value;
        const text = JSON.stringify(json) ?? '';
        for (const variant of [text, text.slice(0, cut)]) {
          const read = readVoicePackText(variant, HERE);
          if (read.ok) {
            // Read as sound: every line's hash is of its words, and its audio is what its type says.
            for (const l of read.voicePack.lines) {
              expect(l.wordsHash).toBe(wordsHash(l.words));
              expect(audioKind(Buffer.from(l.audioBase64, 'base64'))).toBeDefined();
            }
          } else expect(read.problem).toMatch(/^[a-z-]+$/);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('planVoicePack(): what importing would do, before anything changes', () => {
  const read = readVoicePackText(fileOf(), HERE);
  if (!read.ok) throw new Error(read.problem);
  const file = read.voicePack;

  it('adds each line whose words this pack still says, stored by the hash the narrator looks up', () => {
    const plan = planVoicePack(file, LINES, new Set());
    expect(plan.add.map((a) => a.lineHash)).toEqual(LINES.map((l) => narrationFileName(l.words)));
    expect(plan).toMatchObject({ replaces: 0, changed: 0 });
  });

  it('leaves out a line whose words have changed since it was recorded, so it is never heard stale', () => {
    const now = LINES.map((l) =>
      l.key === 'promises.allowed.text' ? { ...l, words: 'I ask a grown-up before I go online.' } : l,
    );
    const plan = planVoicePack(file, now, new Set());
    expect(plan.add.map((a) => a.key)).toEqual(['common:pick.class', 'common:map.hello#0']);
    expect(plan.changed).toBe(1);
    expect(planVoicePack(file, LINES.slice(0, 1), new Set()).changed).toBe(2);
  });

  it('counts the lines that take the place of a recording already here', () => {
    expect(planVoicePack(file, LINES, new Set([narrationFileName('Hello')])).replaces).toBe(1);
  });
});
