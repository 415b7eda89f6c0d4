import { describe, expect, it } from 'vitest';
import { scenariosFor } from '../../src/domain/packLoader';
import { applyWording, parseWordingList, type SchoolWording } from '../../src/domain/schoolWording';
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
