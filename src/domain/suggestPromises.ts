/*
 * Which built-in promises a school's own statement should play, suggested from its words, so a
 * pasted list does not start with nothing to play. The teacher confirms or changes every
 * suggestion; nothing is published on a guess.
 *
 * Each built-in promise has cues per language (lessons/<pack>/cues.json): "password*" points to
 * keeping passwords safe, "meet" to meeting people met online, "llun*" to pictures. A statement is
 * matched in each of its languages against that language's cues only. Welsh words change their
 * first letter after some words (fy nghyfrinair, ei lun, dy gyfrinair), so a Welsh word also
 * matches a cue through the forms it could have come from.
 */
import * as z from 'zod/mini';

const Cue = z.string().check(z.regex(/\p{L}/u, 'a cue needs letters'));

/** lessons/<pack>/cues.json: promise id → language → cues. */
export const PackCues = z.record(z.string(), z.record(z.string(), z.array(Cue)));
export type PackCues = z.infer<typeof PackCues>;

/** A built-in promise and the words that point to it, per language. */
export interface PromiseCues {
  id: string;
  cues: Readonly<Record<string, readonly string[]>>;
}

/** At most this many promises are suggested for one statement. */
export const MAX_SUGGESTIONS = 3;

/** Languages whose words mutate at the start. */
const MUTATING = new Set(['cy']);

/** Lower case, accents off (ffôn = ffon), split into words at anything that is not a letter or digit. */
export function wordsOf(text: string): string[] {
  return split(text, /[^\p{L}\p{N}]+/u);
}

/** A cue's words, each keeping a final `*`. */
function cueWords(cue: string): string[] {
  return split(cue, /[^\p{L}\p{N}*]+/u);
}

function split(text: string, between: RegExp): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(between).filter(Boolean);
}

const RADICALS: readonly (readonly [string, ...string[]])[] = [
  ['ngh', 'c'],
  ['mh', 'p'],
  ['nh', 't'],
  ['ng', 'g'],
  ['ch', 'c'],
  ['ph', 'p'],
  ['th', 't'],
  ['dd', 'd'],
  ['g', 'c'],
  ['b', 'p'],
  ['d', 't'],
  ['f', 'b', 'm'],
  ['l', 'll'],
  ['r', 'rh'],
  ['m', 'b'],
  ['n', 'd'],
];

/**
 * The forms a Welsh word may have had before a soft, nasal or aspirate mutation or an h- before
 * a vowel (nghyfrinair → cyfrinair, lun → llun, ofalus → gofalus), the word itself first.
 */
export function welshRadicals(word: string): string[] {
  const forms = [word];
  for (const [mutated, ...radicals] of RADICALS)
    if (word.startsWith(mutated)) for (const r of radicals) forms.push(r + word.slice(mutated.length));
  if (/^[aeiouwy]/.test(word)) forms.push(`g${word}`);
  if (/^h[aeiouwy]/.test(word)) forms.push(word.slice(1));
  return [...new Set(forms)];
}

function matchesWord(cue: string, word: string, mutating: boolean): boolean {
  const forms = mutating ? welshRadicals(word) : [word];
  return cue.endsWith('*') ? forms.some((f) => f.startsWith(cue.slice(0, -1))) : forms.includes(cue);
}

/** Whether the words hold the cue (one or more words, in order). */
function holds(words: readonly string[], cue: string, mutating: boolean): boolean {
  const wanted = cueWords(cue);
  if (!wanted.length) return false;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((c, j) => matchesWord(c, words[i + j] as string, mutating))) return true;
  }
  return false;
}

/**
 * The built-in promises a statement's words point to, best first: those with the most cues found
 * (each cue counted once, in each language the statement has), and any other with two or more,
 * at most MAX_SUGGESTIONS; ties keep the pack's order. None when no cue is found.
 */
export function suggestPromises(
  words: Readonly<Record<string, { keyword: string; text: string }>>,
  candidates: readonly PromiseCues[],
): string[] {
  const inLanguage = Object.entries(words).map(
    ([lang, w]) => [lang, wordsOf(`${w.keyword} ${w.text}`), MUTATING.has(lang)] as const,
  );
  const scored = candidates.map((candidate, order) => ({
    id: candidate.id,
    order,
    score: inLanguage.reduce(
      (sum, [lang, found, mutating]) =>
        sum + [...new Set(candidate.cues[lang] ?? [])].filter((cue) => holds(found, cue, mutating)).length,
      0,
    ),
  }));
  const top = Math.max(0, ...scored.map((s) => s.score));
  if (top === 0) return [];
  return scored
    .filter((s) => s.score === top || s.score >= 2)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.id);
}

/** The candidates of a pack, in its order, from its cues file. */
export function promiseCues(promiseIds: readonly string[], cues: PackCues): PromiseCues[] {
  return promiseIds.map((id) => ({ id, cues: cues[id] ?? {} }));
}
