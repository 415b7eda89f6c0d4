import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { heardAs } from '../../src/audio/spoken';
import { heardLines } from '../../src/ui/packLines';
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
