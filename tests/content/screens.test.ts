/*
 * What the story's device shows is data: every scenario whose words talk about a screen, a
 * pop-up or a message says what is on that screen, with every word in every language, and no
 * word in the locales that no screen shows.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionsOf, scenarioBase } from '../../src/domain/questions';
import { type ScreenContent, screenKeys } from '../../src/domain/screenContent';
import { allStrings, LANGUAGES, lookup, packIds, ROOT, readNamespace, readPack } from '../helpers/contentFiles';

/** Words in a caption that say the device's screen shows something. */
const TALKS_ABOUT_A_SCREEN = /\b(screen|screens|pop-up|pops up|message|messages|video call|advert|notification)\b/i;

function iconsOf(content: ScreenContent): string[] {
  const c = content as Record<string, unknown>;
  const named = ['icon', 'behind', 'game', 'contact', 'caller', 'app'].map((k) => c[k]).filter(Boolean) as string[];
  if (content.show === 'search-results') named.push(...content.results.map((r) => r.icon));
  return named;
}

describe.each(packIds())('screens of pack %s', (packId) => {
  const read = readPack(packId);
  if (!read.ok) throw new Error(`${packId} does not load`);
  const { scenarios } = read.pack;
  const english = readNamespace('en-GB', packId);

  it('show something on the device wherever the story talks about a screen, a pop-up or a message', () => {
    const silent = scenarios
      .filter((s) => {
        const caption = [`${scenarioBase(s)}.intro`, ...questionsOf(s).map((q) => q.promptKey)]
          .map((k) => String(lookup(english, k)))
          .join(' ');
        return TALKS_ABOUT_A_SCREEN.test(caption) && !s.onScreen;
      })
      .map((s) => s.id);
    expect(silent).toEqual([]);
  });

  it.each(LANGUAGES)('have every word of every screen in %s', (lang) => {
    const words = readNamespace(lang, packId);
    const missing = scenarios.flatMap((s) =>
      screenKeys(s).filter((k) => typeof lookup(words, k) !== 'string' || !(lookup(words, k) as string).trim()),
    );
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('have no screen words in %s that no screen shows (an unknown key)', (lang) => {
    const words = readNamespace(lang, packId);
    const wanted = new Set(scenarios.flatMap((s) => screenKeys(s)));
    const unknown = allStrings(lookup(words, 'scenarios'), 'scenarios')
      .map(([k]) => k)
      .filter((k) => /^scenarios\.[^.]+\.screen\./.test(k) && !wanted.has(k));
    expect(unknown).toEqual([]);
  });

  it('draw only pictures that exist in assets/icons', () => {
    const absent = scenarios.flatMap((s) =>
      Object.values(s.onScreen ?? {})
        .flatMap(iconsOf)
        .filter((icon) => !existsSync(join(ROOT, 'assets/icons', `${icon}.svg`)))
        .map((icon) => `${s.id}: ${icon}`),
    );
    expect(absent).toEqual([]);
  });
});

describe('screens in KS1 and EYFS', () => {
  it('are on nearly every scenario (a story with no device may show none)', () => {
    for (const packId of ['ks1-safe', 'eyfs-promise']) {
      const read = readPack(packId);
      if (!read.ok) throw new Error(`${packId} does not load`);
      const shown = read.pack.scenarios.filter((s) => s.onScreen).length;
      expect(shown / read.pack.scenarios.length, packId).toBeGreaterThanOrEqual(0.8);
    }
  });
});
