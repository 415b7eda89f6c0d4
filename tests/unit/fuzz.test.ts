/*
 * Hostile input: 1,200 generated malformed, truncated, oversized and hostile backup files and
 * lesson packs. None may throw; each is either refused with a reason or (when the damage
 * happens to leave a valid file) read as valid data, and reading never changes anything.
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_MAX_BYTES, planMerge, readBackupText } from '../../src/domain/backup';
import { loadPack } from '../../src/domain/packLoader';
import { generateSchool } from '../fixtures/school';
import { readPack } from '../helpers/contentFiles';

function seeded(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}
const random = seeded(20261123);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

const HOSTILE: unknown[] = [
  null,
  true,
  -1,
  1e308,
  '',
  '<script>alert(1)</script>',
  '=cmd|" /C calc"!A0',
  '\u202e\u0000',
  'x'.repeat(100_000),
  [],
  {},
  { constructor: { prototype: { polluted: true } } },
  [[[[[[[[[[]]]]]]]]]],
];

/** Changes one thing somewhere deep in a JSON value. */
function mutate(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) {
    if (!value.length || random() < 0.15) return pick(HOSTILE);
    const copy = [...value];
    const i = Math.floor(random() * copy.length);
    const roll = random();
    if (roll < 0.2) copy.splice(i, 1);
    else if (roll < 0.3) copy.push(pick(HOSTILE));
    else copy[i] = mutate(copy[i], depth + 1);
    return copy;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length || random() < 0.1) return pick(HOSTILE);
    const copy: Record<string, unknown> = { ...value };
    const [key, inner] = pick(entries);
    const roll = random();
    if (roll < 0.2) delete copy[key];
    else if (roll < 0.3) copy[`${key}_extra`] = pick(HOSTILE);
    else copy[key] = mutate(inner, depth + 1);
    return copy;
  }
  return pick(HOSTILE);
}

const read = readPack('ks1-safe');
if (!read.ok) throw new Error('ks1-safe does not load');
const pack = read.pack;
const [device] = generateSchool(pack, { classes: 1, pupilsPerClass: 3, attemptsPerPupil: 4 });
const backupText = JSON.stringify(device);
const empty = { classes: [], pupils: [], attemptIds: new Set<string>(), acknowledgementIds: new Set<string>() };

describe('fuzzing the importers and loaders', () => {
  it('reads 800 damaged backup files without throwing, refusing each with a reason', () => {
    const reasons = new Map<string, number>();
    for (let i = 0; i < 800; i++) {
      const roll = random();
      const text =
        roll < 0.25
          ? backupText.slice(0, Math.floor(random() * backupText.length))
          : roll < 0.3
            ? backupText.replace(/"/g, random() < 0.5 ? "'" : '')
            : JSON.stringify(mutate(JSON.parse(backupText)));
      const result = readBackupText(text);
      if (result.ok && 'backup' in result) {
        expect(() => planMerge(empty, [result.backup], true)).not.toThrow();
        reasons.set('still valid', (reasons.get('still valid') ?? 0) + 1);
      } else if (!result.ok) reasons.set(result.problem, (reasons.get(result.problem) ?? 0) + 1);
    }
    expect(reasons.get('damaged')).toBeGreaterThan(100);
    expect(reasons.get('not-json')).toBeGreaterThan(50);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never lets a "__proto__" key in a file reach Object.prototype or the data read', () => {
    // Written as JSON text: JSON.stringify of an object literal would drop __proto__, and JSON.parse
    // keeps it as an own key, as a hostile file would.
    const hostile =
      '"__proto__": { "polluted": true, "isAdmin": true }, "constructor": { "prototype": { "polluted": true } }';
    const firstClass = device?.classes[0]?.id ?? '';
    const firstPupil = device?.pupils[0]?.id ?? '';
    const texts = [
      backupText.replace(/^\{/, `{ ${hostile}, `),
      backupText.replace(`{"id":"${firstClass}"`, `{ ${hostile}, "id":"${firstClass}"`),
      backupText.replace(`{"id":"${firstPupil}"`, `{ ${hostile}, "id":"${firstPupil}"`),
      backupText.replace('"attempts":[{', `"attempts":[{ ${hostile}, `),
    ];
    const ownProto = (value: unknown): boolean =>
      Array.isArray(value)
        ? value.some(ownProto)
        : !!value &&
          typeof value === 'object' &&
          (Object.hasOwn(value, '__proto__') ||
            Object.getPrototypeOf(value) !== Object.prototype ||
            Object.values(value).some(ownProto));
    for (const text of texts) {
      expect(text).not.toBe(backupText);
      expect(ownProto(JSON.parse(text))).toBe(true);
      const result = readBackupText(text);
      if (result.ok && 'backup' in result) {
        expect(ownProto(result.backup)).toBe(false);
        expect(ownProto(planMerge(empty, [result.backup], true))).toBe(false);
      } else {
        expect(result.ok).toBe(false);
      }
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    }
  });

  it('refuses an oversized file before parsing it', () => {
    expect(readBackupText(' '.repeat(BACKUP_MAX_BYTES + 1))).toEqual({ ok: false, problem: 'too-big' });
  });

  it('loads 400 damaged lesson packs without throwing, naming a file for every problem', () => {
    const files = Object.fromEntries(pack.scenarios.map((s) => [`lessons/ks1-safe/scenarios/${s.id}.json`, s]));
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      const damaged = { ...files };
      const key = pick(Object.keys(damaged));
      damaged[key] = mutate(JSON.parse(JSON.stringify(damaged[key]))) as never;
      const manifest = random() < 0.2 ? mutate(JSON.parse(JSON.stringify(pack.manifest))) : pack.manifest;
      const result = loadPack('lessons/ks1-safe/pack.json', manifest, damaged);
      if (!result.ok) {
        refused++;
        for (const problem of result.problems) expect(problem.file).toMatch(/^lessons\/ks1-safe\//);
      }
    }
    expect(refused).toBeGreaterThan(300);
  });
});
