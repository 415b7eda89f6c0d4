import { describe, expect, it } from 'vitest';
import {
  DCF_STRAND_NAMES,
  DCF_STRANDS,
  ECF_STRAND_NAMES,
  ECF_STRANDS,
  FOUR_C_NAMES,
  FOUR_CS,
} from '../../src/domain/curriculum';
import { formatProblems, loadPack } from '../../src/domain/packLoader';
import { fixtureManifest, fixtureScenario } from '../fixtures/packs';

const withTags = (tags: Record<string, unknown>) => ({
  ...fixtureManifest,
  agreement: {
    ...fixtureManifest.agreement,
    promises: [{ ...fixtureManifest.agreement.promises[0], ...tags }],
  },
});
const problemsOf = (manifest: unknown) => {
  const result = loadPack('lessons/fixture/pack.json', manifest, { 'a.json': fixtureScenario });
  return result.ok ? '' : formatProblems(result.problems);
};

describe('the frameworks a promise is tagged with', () => {
  it('are the eight Education for a Connected World strands, by their own names', () => {
    expect(ECF_STRANDS.map((id) => ECF_STRAND_NAMES[id])).toEqual([
      'Self-image and identity',
      'Online relationships',
      'Online reputation',
      'Online bullying',
      'Managing online information',
      'Health, well-being and lifestyle',
      'Privacy and security',
      'Copyright and ownership',
    ]);
  });

  it('are the four Cs and the four elements of the Welsh DCF Citizenship strand', () => {
    expect(FOUR_CS.map((id) => FOUR_C_NAMES[id])).toEqual(['Content', 'Contact', 'Conduct', 'Commerce']);
    expect(DCF_STRANDS.map((id) => DCF_STRAND_NAMES[id])).toEqual([
      'Identity, image and reputation',
      'Health and well-being',
      'Digital rights, licensing and ownership',
      'Online behaviour and cyberbullying',
    ]);
  });
});

describe('loadPack() checks every promise’s tags', () => {
  it('accepts ids from each framework', () => {
    expect(problemsOf(fixtureManifest)).toBe('');
  });

  it('refuses a strand that is not one of the eight, naming the field, the value and the allowed ids', () => {
    const problems = problemsOf(withTags({ ecf: ['online-reputation-and-reporting'] }));
    expect(problems).toContain('lessons/fixture/pack.json: agreement.promises.0.ecf.0:');
    expect(problems).toContain(
      '"online-reputation-and-reporting" is not one of the Education for a Connected World ids',
    );
    expect(problems).toContain('"online-reputation" (Online reputation)');
  });

  it('refuses the old free-text strand name (the one ks1-safe’s TELL had)', () => {
    const problems = problemsOf(withTags({ ecf: ['Online reputation and reporting'] }));
    expect(problems).toContain(
      '"Online reputation and reporting" is not one of the Education for a Connected World ids',
    );
  });

  it('refuses a fifth C, a made-up DCF strand, an empty list and a tag given twice', () => {
    expect(problemsOf(withTags({ fourCs: ['commercial'] }))).toContain('agreement.promises.0.fourCs.0:');
    expect(problemsOf(withTags({ dcf: ['citizenship'] }))).toContain(
      '"citizenship" is not one of the Digital Competence Framework (Wales): Citizenship ids',
    );
    expect(problemsOf(withTags({ ecf: [] }))).toContain('agreement.promises.0.ecf: tag at least one');
    expect(problemsOf(withTags({ fourCs: ['contact', 'contact'] }))).toContain(
      'agreement.promises.0.fourCs: each tag once',
    );
  });

  it('refuses a promise with no tags for a framework', () => {
    const { dcf: _, ...untagged } = fixtureManifest.agreement.promises[0] as Record<string, unknown>;
    expect(problemsOf(withTags({ ...untagged, dcf: undefined }))).toContain('agreement.promises.0.dcf:');
  });
});
