/*
 * The words a young child promises are the policy's own, so some are hard ("specifically gives
 * me permission", "devices", "equipment"). Those keep their words as the agreement text and get
 * a simpler line, heard and captioned after them (`promises.<id>.simple`), in every language.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, lookup, readNamespace, readPack } from '../helpers/contentFiles';

/** Over this many words, an EYFS or KS1 promise needs a simpler line. */
const MOST_WORDS = 14;
/** Words too hard for a four- to seven-year-old to be left alone with. */
const HARD = [
  'devices',
  'equipment',
  'information',
  'i.e.',
  'just because',
  'log off',
  'permission',
  'personal',
  'private',
  'responsible',
  'sites',
  'specifically',
];
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const hardIn = (text: string) => HARD.filter((w) => text.toLowerCase().includes(w));

describe.each(['eyfs-promise', 'ks1-safe', 'ks2-i-am'])('the simpler lines of %s', (packId) => {
  const read = readPack(packId);
  if (!read.ok) throw new Error(`${packId} does not load`);
  const ids = read.pack.manifest.agreement.promises.map((p) => p.id);
  const words = Object.fromEntries(LANGUAGES.map((lang) => [lang, readNamespace(lang, packId)]));
  const en = words['en-GB'] ?? {};
  const simple = (lang: string, id: string) => lookup(words[lang] ?? {}, `promises.${id}.simple`);

  if (packId !== 'ks2-i-am')
    it.each(ids)('%s has a simpler line if its words are long or hard', (id) => {
      const text = String(lookup(en, `promises.${id}.text`));
      const needs = wordCount(text) > MOST_WORDS || hardIn(text).length > 0;
      if (needs)
        for (const lang of LANGUAGES) expect(simple(lang, id), `${lang} ${id}: “${text}”`).toBeTypeOf('string');
    });

  it.each(ids)('%s: a simpler line is in every language, says “That means”, and is simple itself', (id) => {
    if (simple('en-GB', id) === undefined) {
      for (const lang of LANGUAGES) expect(simple(lang, id), `${lang} has one but English has none`).toBeUndefined();
      return;
    }
    const english = String(simple('en-GB', id));
    expect(english).toMatch(/^That means: /);
    expect(String(simple('cy', id))).toMatch(/^Mae hynny'n golygu: /);
    if (packId !== 'ks2-i-am') {
      expect(hardIn(english.replace(/^That means: /, ''))).toEqual([]);
      expect(wordCount(english)).toBeLessThanOrEqual(MOST_WORDS + 8);
    }
  });
});
