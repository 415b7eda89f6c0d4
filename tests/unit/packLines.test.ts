import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { heardAs } from '../../src/audio/spoken';
import { scenarioBase } from '../../src/domain/questions';
import { voiceText } from '../../src/domain/voiceText.mjs';
import { heardLines } from '../../src/ui/packLines';
import { packWords } from '../../src/ui/spokenLines';
import { LANGUAGES, packIds, readPack } from '../helpers/contentFiles';
import { loadAllWords, spokenInPack } from '../helpers/spokenEverywhere';

beforeAll(loadAllWords);

const packOf = (packId: string) => {
  const read = readPack(packId);
  if (!read.ok) throw new Error(`${packId} does not load`);
  return read.pack;
};

/** Every line (not a name) the voice check finds a child hearing, in the language i18next is in. */
function linesTheChildHears(packId: string): Set<string> {
  const words = new Set<string>();
  for (const { spoken } of spokenInPack(packId, packOf(packId)))
    for (const sequence of spoken)
      for (const part of sequence) if (!part.name && heardAs(part)) words.add(heardAs(part));
  return words;
}

describe('heardLines(): what a recording session walks through', () => {
  for (const lang of LANGUAGES) {
    const other = LANGUAGES.find((l) => l !== lang) as string;
    it.each(packIds())(
      `lists every line a child hears in %s, in ${lang}, read from a screen in ${other}`,
      async (packId) => {
        await i18next.changeLanguage(lang);
        const expected = linesTheChildHears(packId);
        await i18next.changeLanguage(other);
        const lines = heardLines(packId, packOf(packId), lang);
        expect(new Set(lines.map((l) => l.words))).toEqual(expected);
        expect(lines.length, 'each line once').toBe(expected.size);
        expect(new Set(lines.map((l) => l.key)).size, 'each key once').toBe(lines.length);
      },
    );
  }

  it('lists only the scenarios a class of its stage plays: lower KS2 never meets the upper-KS2 lines', async () => {
    await i18next.changeLanguage('en-GB');
    const pack = packOf('ks2-i-am');
    const all = new Set(heardLines('ks2-i-am', pack, 'en-GB').map((l) => l.words));
    const lower = heardLines('ks2-i-am', pack, 'en-GB', 'LKS2').map((l) => l.words);
    const upper = heardLines('ks2-i-am', pack, 'en-GB', 'UKS2').map((l) => l.words);
    for (const words of [...lower, ...upper]) expect(all.has(words)).toBe(true);
    expect(lower.length).toBeLessThan(all.size);
    expect(upper.length).toBeLessThan(all.size);
    const upperOnly = pack.scenarios.find((s) => s.difficulty === 3 && !s.checkBack);
    if (!upperOnly) throw new Error('ks2-i-am has no upper-KS2 scenario');
    const intro = voiceText(packWords('ks2-i-am')(`${scenarioBase(upperOnly)}.intro`));
    expect(upper).toContain(intro);
    expect(lower).not.toContain(intro);
    expect(heardLines('ks1-safe', packOf('ks1-safe'), 'en-GB', 'KS1')).toEqual(
      heardLines('ks1-safe', packOf('ks1-safe'), 'en-GB'),
    );
  });

  it('starts where a child starts (choosing their class) and ends with "tell a grown-up"', async () => {
    await i18next.changeLanguage('en-GB');
    const lines = heardLines('ks1-safe', packOf('ks1-safe'), 'en-GB');
    expect(lines[0]?.key).toBe('common:pick.class');
    expect(lines.at(-1)?.key).toMatch(/^common:tell\./);
    expect(lines.findIndex((l) => l.key === 'promises.allowed.text')).toBeLessThan(
      lines.findIndex((l) => l.key === 'promises.tell.text'),
    );
  });
});
