import { describe, expect, it } from 'vitest';
import { MECHANICS, type Stage } from '../../src/domain/lessonPack';
import { checkBackScenariosFor, formatProblems, loadPack, scenariosFor } from '../../src/domain/packLoader';
import { questionsOf, scenarioKeys } from '../../src/domain/questions';
import { LANGUAGES, lookup, packIds, readNamespace, readPack } from '../helpers/contentFiles';

const MIN_SCENARIOS_PER_PROMISE: Record<string, number> = { 'ks1-safe': 3, 'ks2-i-am': 2, 'eyfs-promise': 1 };

describe.each(packIds())('lesson pack %s', (packId) => {
  const result = readPack(packId);

  it('is valid', () => {
    expect(result.ok ? '' : formatProblems(result.problems)).toBe('');
  });
  if (!result.ok) return;
  const { pack } = result;

  it.each(LANGUAGES)('has the wording of every promise in %s', (lang) => {
    const words = readNamespace(lang, packId);
    for (const p of pack.manifest.agreement.promises) {
      expect(lookup(words, `promises.${p.id}.text`), `${lang} promises.${p.id}.text`).toEqual(expect.any(String));
      expect(lookup(words, `promises.${p.id}.keyword`), `${lang} promises.${p.id}.keyword`).toEqual(expect.any(String));
    }
  });

  it.each(LANGUAGES)('has every scenario line in %s', (lang) => {
    const words = readNamespace(lang, packId);
    const missing = pack.scenarios.flatMap((s) =>
      scenarioKeys(s)
        .filter((k) => !k.startsWith('common:'))
        .filter((k) => typeof lookup(words, k) !== 'string' || !(lookup(words, k) as string).trim()),
    );
    expect(missing).toEqual([]);
  });

  it('ends every scenario by pointing to a trusted adult', () => {
    const words = readNamespace('en-GB', packId);
    const silent = pack.scenarios
      .filter((s) => !/trusted adult|grown-up/i.test(String(lookup(words, `scenarios.${s.id}.outro`))))
      .map((s) => s.id);
    expect(silent).toEqual([]);
  });

  const minimum = MIN_SCENARIOS_PER_PROMISE[packId] ?? 0;
  const stages: (Stage | undefined)[] = pack.manifest.stage === 'KS2' ? ['LKS2', 'UKS2'] : [undefined];
  it.skipIf(minimum === 0).each(stages)(`has at least ${minimum} scenarios for every promise (%s)`, (stage) => {
    const thin = pack.manifest.agreement.promises
      .map((p) => ({ id: p.id, count: scenariosFor(pack, p.id, stage).length }))
      .filter((p) => p.count < minimum);
    expect(thin).toEqual([]);
  });

  it.each(stages)('has a short check-back scenario (1-2 questions) for every promise (%s)', (stage) => {
    const missing = pack.manifest.agreement.promises
      .filter((p) => checkBackScenariosFor(pack, p.id, stage).length === 0)
      .map((p) => p.id);
    expect(missing).toEqual([]);
    const long = pack.scenarios
      .filter((s) => s.checkBack && questionsOf(s).length > 2)
      .map((s) => `${s.id}: ${questionsOf(s).length}`);
    expect(long).toEqual([]);
  });

  it('uses only mechanics the game knows', () => {
    for (const s of pack.scenarios) expect(MECHANICS).toContain(s.mechanic);
  });
});

describe('all packs together', () => {
  it('use every mechanic the game has, and KS1 alone uses at least five', () => {
    const used = (id: string) => {
      const read = readPack(id);
      return new Set(read.ok ? read.pack.scenarios.map((s) => s.mechanic) : []);
    };
    const everywhere = new Set(packIds().flatMap((id) => [...used(id)]));
    expect([...everywhere].sort()).toEqual([...MECHANICS].sort());
    expect(used('ks1-safe').size).toBeGreaterThanOrEqual(5);
  });

  it('name the file and the field when a scenario uses an unknown mechanic', () => {
    const read = readPack('ks1-safe');
    if (!read.ok) throw new Error('ks1-safe does not load');
    const broken = loadPack('lessons/x/pack.json', read.pack.manifest, {
      'lessons/x/scenarios/odd.json': { id: 'odd', promise: 'allowed', place: 'home', mechanic: 'juggle', steps: [] },
    });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(formatProblems(broken.problems)).toContain('lessons/x/scenarios/odd.json');
  });
});
