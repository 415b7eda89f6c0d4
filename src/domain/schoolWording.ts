/*
 * A school's own agreement wording. Schools word their AUPs differently (seeds 000-004); a
 * teacher can publish their own statements, in each language, and say which built-in
 * promises' scenarios each statement plays. A published wording is a new numbered version,
 * never an edit: what each pupil signed stays as they signed it (the record holds the words).
 *
 * Applying a wording makes a lesson pack whose promises are the school's statements, each
 * playing the scenarios of the promises it is mapped to; every screen then works unchanged.
 */
import * as z from 'zod/mini';
import type { LessonPack, PromiseItem } from './lessonPack';

const Words = z.object({
  keyword: z.string().check(z.trim(), z.minLength(1, 'a short name is needed'), z.maxLength(80)),
  text: z.string().check(z.trim(), z.minLength(1, 'the statement is needed'), z.maxLength(600)),
});

export const WordingItem = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  words: z
    .record(z.string(), Words)
    .check(z.refine((w) => Object.keys(w).length > 0, 'words in at least one language')),
  promises: z.array(z.string()).check(z.minLength(1, 'choose at least one promise whose scenarios play for it')),
});
export type WordingItem = z.infer<typeof WordingItem>;

export const SchoolWording = z.object({
  id: z.string().check(z.minLength(8), z.maxLength(64)),
  packId: z.string(),
  number: z.int().check(z.minimum(1)),
  publishedAt: z.iso.datetime({ offset: true }),
  /** Going back to the app's own wording is published too, so the history stays whole. */
  builtIn: z._default(z.boolean(), false),
  /** Brought in from another device's backup: kept in the history, never played until chosen. */
  imported: z._default(z.boolean(), false),
  items: z.array(WordingItem).check(z.maxLength(30)),
});
export type SchoolWording = z.infer<typeof SchoolWording>;

/** A pasted list (one statement per line, "KEYWORD – text" or just text) as statements. */
export function parseWordingList(text: string, lang: string): WordingItem[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-•*]|\d+[.)])\s*/, '').trim())
    .filter(Boolean)
    .slice(0, 30)
    .map((line, i) => {
      const split = /^(.{2,80}?)(?:\s+[–—-]|\s*:)\s+(.+)$/.exec(line);
      const keyword = split?.[1] ?? line.split(/\s+/).slice(0, 5).join(' ');
      return { id: `item-${i + 1}`, words: { [lang]: { keyword, text: split?.[2] ?? line } }, promises: [] };
    });
}

/** What a pasted list does to the statements being edited. */
export type PastedList =
  | { ok: true; items: WordingItem[]; filled: 'new' | 'language' }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'count'; listed: number; pasted: number };

/**
 * A pasted list in `lang`. Onto the school's own statements it fills that language of the same
 * statements, by order, keeping their other languages and the promises they play; the list must
 * have as many statements, else nothing changes. With `startNew` (the built-in wording is
 * shown, or the teacher asks) it is a new list instead.
 */
export function pasteWordingList(
  items: readonly WordingItem[],
  text: string,
  lang: string,
  startNew: boolean,
): PastedList {
  const pasted = parseWordingList(text, lang);
  if (!pasted.length) return { ok: false, problem: 'empty' };
  if (startNew || !items.length) return { ok: true, items: pasted, filled: 'new' };
  if (pasted.length !== items.length)
    return { ok: false, problem: 'count', listed: items.length, pasted: pasted.length };
  return {
    ok: true,
    filled: 'language',
    items: items.map((item, i) => ({ ...item, words: { ...item.words, ...pasted[i]?.words } })),
  };
}

/** The positions of statements that would play no scenario (none chosen, or none this pack has). */
export function statementsWithoutScenarios(pack: LessonPack, items: readonly WordingItem[]): number[] {
  const played = new Set(pack.scenarios.filter((s) => !s.checkBack).map((s) => s.promise));
  return items.flatMap((item, i) => (item.promises.some((id) => played.has(id)) ? [] : [i]));
}

/**
 * The wording this device's classes play: the latest one published here (an imported one only
 * once the teacher has chosen it, which publishes it here again). Oldest first in, as stored.
 */
export function activeWording(wordings: readonly SchoolWording[]): SchoolWording | undefined {
  return wordings.filter((w) => !w.imported).at(-1);
}

/** The words of a statement in a language, else in the first language it has. */
export function wordsIn(item: WordingItem, lang: string): { keyword: string; text: string } {
  return item.words[lang] ?? (Object.values(item.words)[0] as { keyword: string; text: string });
}

/** The pack as a class with this wording plays it. */
export function applyWording(pack: LessonPack, wording: SchoolWording | undefined): LessonPack {
  if (!wording || wording.builtIn) return pack;
  const builtIn = new Map(pack.manifest.agreement.promises.map((p) => [p.id, p]));
  const promises: PromiseItem[] = wording.items.map((item) => {
    const mapped = item.promises.flatMap((id) => builtIn.get(id) ?? []);
    const sources = mapped.length ? mapped : pack.manifest.agreement.promises.slice(0, 1);
    // A statement teaches what the promises it plays teach: every one of their tags, once.
    const union = <K extends 'ecf' | 'fourCs' | 'dcf'>(key: K) =>
      [...new Set(sources.flatMap((p) => p[key]))] as PromiseItem[K];
    return {
      id: item.id,
      icon: sources[0]?.icon ?? 'star',
      ecf: union('ecf'),
      fourCs: union('fourCs'),
      dcf: union('dcf'),
    };
  });
  return {
    manifest: {
      ...pack.manifest,
      version: `${pack.manifest.version}-school.${wording.number}`,
      agreement: { ...pack.manifest.agreement, id: `${pack.manifest.agreement.id}-school`, promises },
    },
    scenarios: wording.items.flatMap((item) =>
      pack.scenarios.filter((s) => item.promises.includes(s.promise)).map((s) => ({ ...s, promise: item.id })),
    ),
  };
}
