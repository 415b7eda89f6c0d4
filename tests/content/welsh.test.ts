/*
 * Every word in Cymraeg: each English key has a Welsh one (plural forms may differ), and no
 * Welsh value is still the English, except the names and numbers listed on purpose.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allStrings, ROOT } from '../helpers/contentFiles';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const same = new Set(
  (JSON.parse(readFileSync(join(ROOT, 'tests/content/same-in-welsh.json'), 'utf8')) as { keys: string[] }).keys,
);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.json') ? [p] : [];
  });
}

describe('Welsh (cy)', () => {
  const english = join(ROOT, 'locales/en-GB');
  for (const file of files(english)) {
    const rel = relative(english, file);
    const ns = rel.split('/')[0]?.replace(/\.json$/, '') ?? '';
    it(`has every line of ${rel} in Welsh`, () => {
      const en = new Map(allStrings(JSON.parse(readFileSync(file, 'utf8'))));
      const cy = new Map(allStrings(JSON.parse(readFileSync(join(ROOT, 'locales/cy', rel), 'utf8'))));
      const cyBases = new Set([...cy.keys()].map((k) => k.replace(PLURAL, '')));
      const missing = [...en.keys()].filter((k) => !cy.has(k) && !cyBases.has(k.replace(PLURAL, '')));
      const stillEnglish = [...en]
        .filter(([k, v]) => cy.get(k) === v && /[a-z]{2}/i.test(v) && !same.has(`${ns}:${k}`))
        .map(([k]) => k);
      expect(missing, 'missing in cy').toEqual([]);
      expect(stillEnglish, 'still English in cy').toEqual([]);
    });
  }
});

describe('Welsh (cy) uses one form for each word', () => {
  const { forms } = JSON.parse(readFileSync(join(ROOT, 'tests/content/welsh-forms.json'), 'utf8')) as {
    forms: { avoid: string; use: string }[];
  };
  const welsh = files(join(ROOT, 'locales/cy')).flatMap((file) =>
    allStrings(JSON.parse(readFileSync(file, 'utf8'))).map(([key, text]) => ({
      where: `${relative(join(ROOT, 'locales/cy'), file)}: ${key}`,
      text,
    })),
  );
  it.each(forms)('never says /$avoid/ (says: $use)', ({ avoid }) => {
    const pattern = new RegExp(avoid, 'u');
    expect(welsh.filter((line) => pattern.test(line.text)).map((line) => `${line.where}: ${line.text}`)).toEqual([]);
  });
});
