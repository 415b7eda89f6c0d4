import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWordingList } from '../../src/domain/schoolWording';
import {
  MAX_SUGGESTIONS,
  PackCues,
  type PromiseCues,
  promiseCues,
  suggestPromises,
  welshRadicals,
} from '../../src/domain/suggestPromises';
import { ROOT } from '../helpers/contentFiles';

const cuesOf = (packId: string): PromiseCues[] => {
  const cues = PackCues.parse(JSON.parse(readFileSync(join(ROOT, 'lessons', packId, 'cues.json'), 'utf8')));
  return promiseCues(Object.keys(cues), cues);
};
const ks2 = cuesOf('ks2-i-am');
const ks1 = cuesOf('ks1-safe');
const eyfs = cuesOf('eyfs-promise');

const en = (text: string) => ({ 'en-GB': { keyword: '', text } });
const cy = (text: string) => ({ cy: { keyword: '', text } });

describe('suggestPromises()', () => {
  it("suggests the built-in promises a school's statement is about, in English", () => {
    expect(suggestPromises(en('I will always keep my passwords a secret'), ks2)).toEqual(['secure']);
    expect(suggestPromises(en('I will never agree to meet a stranger'), ks2)).toEqual(['smart']);
    expect(suggestPromises(en('I will not upload photographs of myself without asking a teacher'), ks2)).toEqual([
      'body',
    ]);
    expect(suggestPromises(en('I will only email people I know, or my teacher has approved.'), ks2)).toEqual([
      'communicate',
    ]);
    expect(suggestPromises(en('always follow the terms and conditions when using a site'), ks2)).toEqual([
      'rule-follower',
    ]);
    expect(suggestPromises(en('make sure all messages I send are polite'), ks1)).toEqual(['kind']);
    expect(suggestPromises(en('not upload photographs of myself without asking a teacher'), eyfs)).toEqual(['picture']);
  });

  it('suggests them from Welsh words too, whatever mutation they carry', () => {
    expect(suggestPromises(cy('Rydw i’n cadw fy nghyfrineiriau yn gyfrinach bob amser'), ks2)).toEqual(['secure']);
    expect(suggestPromises(cy('Fydda i byth yn cytuno i gwrdd â dieithryn'), ks2)).toEqual(['smart']);
    expect(suggestPromises(cy('Fydda i ddim yn anfon ei lun at neb'), eyfs)).toEqual(['picture']);
    expect(suggestPromises(cy('Rydw i’n garedig ac yn gwrtais wrth bawb'), ks1)).toEqual(['kind']);
    // A teacher who leaves the circumflex off still matches (CANIATÂD, caniatad).
    expect(suggestPromises(cy('Dim ond y dyfeisiau mae gen i ganiatad i’w defnyddio'), ks1)).toEqual(['allowed']);
  });

  it('matches each language only against its own cues', () => {
    // "lunch" is not a softened "llun" (picture): English words are not read as Welsh.
    expect(suggestPromises(en('I eat my lunch away from the computers'), eyfs)).not.toContain('picture');
    expect(suggestPromises(cy('Rydw i’n bwyta fy nghinio i ffwrdd o’r cyfrifiaduron'), eyfs)).not.toContain('picture');
  });

  it('uses both languages of a statement', () => {
    const both = {
      ...en('I only go on a video chat when a trusted adult knows'),
      ...cy('gyda phobl rydw i’n eu hadnabod'),
    };
    expect(suggestPromises(both, ks2)).toEqual(expect.arrayContaining(['live-streams']));
    expect(suggestPromises(en('I only go on a video chat when a trusted adult knows'), ks2)).toEqual(['live-streams']);
  });

  it('suggests nothing when no word points anywhere', () => {
    expect(suggestPromises(en('I will try my best every day.'), ks2)).toEqual([]);
    expect(suggestPromises({}, ks2)).toEqual([]);
  });

  it("suggests each pack's own promise for its own words, in every language", () => {
    for (const [packId, candidates] of [
      ['eyfs-promise', eyfs],
      ['ks1-safe', ks1],
      ['ks2-i-am', ks2],
    ] as const) {
      for (const lang of ['en-GB', 'cy']) {
        const own = JSON.parse(readFileSync(join(ROOT, 'locales', lang, `${packId}.json`), 'utf8')).promises as Record<
          string,
          { keyword: string; text: string }
        >;
        for (const [id, words] of Object.entries(own))
          expect(suggestPromises({ [lang]: words }, candidates)[0], `${packId} ${lang} ${id}`).toBe(id);
      }
    }
  });

  it("makes a sensible first guess for every statement of another school's KS2 list (seeds/000)", () => {
    const list = parseWordingList(
      [
        'always keep my passwords a secret',
        'only give my mobile phone number to friends I know in real life and trust',
        'always keep my personal details private',
        'always check with a responsible adult before I share images of myself or others',
        'never meet an online friend without taking a responsible adult that I know with me',
      ].join('\n'),
      'en-GB',
    );
    expect(list.map((item) => suggestPromises(item.words, ks2)[0])).toEqual([
      'secure',
      'private',
      'private',
      'body',
      'smart',
    ]);
  });
});

// A word no cue of any pack points to, in either language.
const filler = fc.constantFrom('I', 'will', 'always', 'the', 'we', 'every', 'day', 'bob', 'amser', 'yn', 'hefyd');
const sentence = fc.array(filler, { maxLength: 8 }).map((w) => w.join(' '));
const anyPack = fc.constantFrom(eyfs, ks1, ks2);

describe('suggestPromises() properties', () => {
  it('only ever suggests promises of the pack, each once, at most MAX_SUGGESTIONS', () => {
    fc.assert(
      fc.property(anyPack, fc.string(), fc.string(), (pack, english, welsh) => {
        const got = suggestPromises({ ...en(english), ...cy(welsh) }, pack);
        const ids = pack.map((p) => p.id);
        expect(got.every((id) => ids.includes(id))).toBe(true);
        expect(new Set(got).size).toBe(got.length);
        expect(got.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
      }),
    );
  });

  it('finds any one cue of a promise, wherever it sits among other words', () => {
    const cueOfAPromise = anyPack.chain((pack) =>
      fc.constantFrom(
        ...pack.flatMap((p) =>
          Object.entries(p.cues).flatMap(([lang, cues]) => cues.map((cue) => ({ pack, id: p.id, lang, cue }))),
        ),
      ),
    );
    fc.assert(
      fc.property(cueOfAPromise, sentence, sentence, ({ pack, id, lang, cue }, before, after) => {
        const text = `${before} ${cue.replace(/\*/g, 'ing')} ${after}`;
        expect(suggestPromises({ [lang]: { keyword: '', text } }, pack)).toContain(id);
      }),
    );
  });

  it('suggests nothing for words no cue points to', () => {
    fc.assert(
      fc.property(anyPack, sentence, sentence, (pack, english, welsh) => {
        expect(suggestPromises({ ...en(english), ...cy(welsh) }, pack)).toEqual([]);
      }),
    );
  });

  it('does not care about capitals, accents or the order of languages', () => {
    fc.assert(
      fc.property(anyPack, fc.string(), fc.string(), (pack, english, welsh) => {
        const plain = suggestPromises({ ...en(english), ...cy(welsh) }, pack);
        expect(suggestPromises({ ...cy(welsh.toUpperCase()), ...en(english.toUpperCase()) }, pack)).toEqual(plain);
      }),
    );
  });

  it('reads a Welsh word under any mutation as its radical form', () => {
    const mutations: Record<string, Record<string, string>> = {
      soft: { c: 'g', p: 'b', t: 'd', g: '', b: 'f', d: 'dd', ll: 'l', m: 'f', rh: 'r' },
      nasal: { c: 'ngh', p: 'mh', t: 'nh', g: 'ng', b: 'm', d: 'n' },
      aspirate: { c: 'ch', p: 'ph', t: 'th' },
    };
    const radical = fc.constantFrom(
      'cyfrinair',
      'llun',
      'camera',
      'parch',
      'teulu',
      'gwybodaeth',
      'bwlio',
      'dillad',
      'manylion',
      'rhif',
    );
    fc.assert(
      fc.property(radical, fc.constantFrom('soft', 'nasal', 'aspirate'), (word, kind) => {
        const table = mutations[kind] ?? {};
        const start = Object.keys(table)
          .sort((a, b) => b.length - a.length)
          .find((s) => word.startsWith(s));
        const mutated = start === undefined ? word : `${table[start]}${word.slice(start.length)}`;
        expect(welshRadicals(mutated)).toContain(word);
      }),
    );
  });
});
