import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenariosFor } from '../../src/domain/packLoader';
import {
  applyWording,
  parseWordingList,
  pasteWordingList,
  type SchoolWording,
  statementsWithoutScenarios,
  type WordingItem,
} from '../../src/domain/schoolWording';
import { readPack } from '../helpers/contentFiles';

const read = readPack('ks1-safe');
if (!read.ok) throw new Error('ks1-safe does not load');
const pack = read.pack;

const wording = (items: SchoolWording['items'], builtIn = false): SchoolWording => ({
  id: 'wording-0001',
  packId: 'ks1-safe',
  number: 2,
  publishedAt: '2026-11-23T10:00:00.000Z',
  builtIn,
  imported: false,
  items,
});

describe("a school's own wording", () => {
  it('reads a pasted list, with or without short names and bullets', () => {
    const items = parseWordingList(
      '1. I will ask permission – before using the internet.\n\n• I will only use my class email address\nKIND: I am kind online',
      'en-GB',
    );
    expect(items.map((i) => i.words['en-GB'])).toEqual([
      { keyword: 'I will ask permission', text: 'before using the internet.' },
      { keyword: 'I will only use my', text: 'I will only use my class email address' },
      { keyword: 'KIND', text: 'I am kind online' },
    ]);
    expect(items.every((i) => i.promises.length === 0)).toBe(true);
  });

  it("makes a pack whose promises are the school's statements, playing the mapped scenarios", () => {
    const school = applyWording(
      pack,
      wording([
        { id: 'ask-first', words: { 'en-GB': { keyword: 'ASK', text: 'I ask first.' } }, promises: ['allowed', 'ask'] },
        { id: 'be-kind', words: { 'en-GB': { keyword: 'KIND', text: 'I am kind.' } }, promises: ['kind'] },
      ]),
    );
    expect(school.manifest.agreement.promises.map((p) => p.id)).toEqual(['ask-first', 'be-kind']);
    expect(scenariosFor(school, 'ask-first')).toHaveLength(
      scenariosFor(pack, 'allowed').length + scenariosFor(pack, 'ask').length,
    );
    expect(school.manifest.version).toBe('1.1.0-school.2');
    expect(school.manifest.agreement.id).toBe('ks1-safe-online-school');
  });

  it('plays the built-in pack when the school goes back to the app wording', () => {
    expect(applyWording(pack, wording([], true))).toBe(pack);
    expect(applyWording(pack, undefined)).toBe(pack);
  });
});

describe('pasting the other language’s list', () => {
  const english = pasteWordingList(
    [],
    'ASK – I will ask a teacher first.\nKIND – I will be kind online.',
    'en-GB',
    true,
  );
  if (!english.ok) throw new Error('the English list should paste');

  it('starts a new list from the first paste', () => {
    expect(english.filled).toBe('new');
    expect(english.items.map((i) => i.words)).toEqual([
      { 'en-GB': { keyword: 'ASK', text: 'I will ask a teacher first.' } },
      { 'en-GB': { keyword: 'KIND', text: 'I will be kind online.' } },
    ]);
  });

  it('fills the other language of the same statements, by order, keeping what they play', () => {
    const chosen = english.items.map((item, i) => ({ ...item, promises: [['ask'], ['kind']][i] ?? [] }));
    const welsh = pasteWordingList(
      chosen,
      'GOFYN – Bydda i’n gofyn i athro yn gyntaf.\nCAREDIG – Bydda i’n garedig ar-lein.',
      'cy',
      false,
    );
    expect(welsh.ok && welsh.filled).toBe('language');
    if (!welsh.ok) return;
    expect(welsh.items.map((i) => i.id)).toEqual(chosen.map((i) => i.id));
    expect(welsh.items.map((i) => i.promises)).toEqual([['ask'], ['kind']]);
    expect(welsh.items[1]?.words).toEqual({
      'en-GB': { keyword: 'KIND', text: 'I will be kind online.' },
      cy: { keyword: 'CAREDIG', text: 'Bydda i’n garedig ar-lein.' },
    });
  });

  it('changes nothing when the counts differ, and says both counts', () => {
    expect(pasteWordingList(english.items, 'Un\nDau\nTri', 'cy', false)).toEqual({
      ok: false,
      problem: 'count',
      listed: 2,
      pasted: 3,
    });
    expect(pasteWordingList(english.items, ' \n\n', 'cy', false)).toEqual({ ok: false, problem: 'empty' });
  });

  const statement = fc.stringMatching(/^[A-Za-zÀ-ÿŵŷ’ ]{1,30}[a-z]$/).filter((s) => s.trim().length > 0);
  const items = fc
    .array(fc.record({ en: statement, promises: fc.subarray(['allowed', 'ask', 'kind', 'tell']) }), {
      minLength: 1,
      maxLength: 12,
    })
    .map((rows): WordingItem[] =>
      rows.map((r, i) => ({
        id: `item-${i + 1}`,
        words: { 'en-GB': { keyword: 'K', text: r.en } },
        promises: r.promises,
      })),
    );

  it('with as many lines, keeps every id, promise and English word and puts line n in statement n', () => {
    fc.assert(
      fc.property(
        items.chain((list) =>
          fc.tuple(fc.constant(list), fc.array(statement, { minLength: list.length, maxLength: list.length })),
        ),
        ([list, lines]) => {
          const result = pasteWordingList(list, lines.join('\n'), 'cy', false);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.items.map((i) => [i.id, i.promises, i.words['en-GB']])).toEqual(
            list.map((i) => [i.id, i.promises, i.words['en-GB']]),
          );
          expect(result.items.map((i) => i.words.cy?.text)).toEqual(lines.map((l) => l.trim()));
        },
      ),
    );
  });

  it('with a different number of lines, changes nothing and says so', () => {
    fc.assert(
      fc.property(items, fc.array(statement, { minLength: 1, maxLength: 14 }), (list, lines) => {
        fc.pre(lines.length !== list.length);
        const before = structuredClone(list);
        expect(pasteWordingList(list, lines.join('\n'), 'cy', false)).toEqual({
          ok: false,
          problem: 'count',
          listed: list.length,
          pasted: lines.length,
        });
        expect(list).toEqual(before);
      }),
    );
  });
});

describe('publishing', () => {
  it('names the statements that would play no scenario', () => {
    const item = (id: string, promises: string[]): WordingItem => ({
      id,
      words: { 'en-GB': { keyword: id, text: id } },
      promises,
    });
    expect(
      statementsWithoutScenarios(pack, [
        item('plays', ['kind']),
        item('nothing-chosen', []),
        item('not-in-this-pack', ['smart']),
        item('one-of-each', ['smart', 'tell']),
      ]),
    ).toEqual([1, 2]);
  });
});
