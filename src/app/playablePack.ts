/*
 * The pack as this device's classes play it: the built-in pack with the school's own wording
 * applied when one is published. The school's words join the pack's words in i18next, so
 * every screen reads them the same way.
 */
import i18next from 'i18next';
import type { LessonPack } from '../domain/lessonPack';
import { activeWording, applyWording, wordsIn } from '../domain/schoolWording';
import type { ChildRepositories } from '../storage/childRepositories';
import { lessonPack } from './content';

/** `lang`: the language whose words to cover (the one on screen, or one a teacher is recording). */
export async function playablePack(
  repos: Pick<ChildRepositories, 'wordingsOf'>,
  packId: string,
  lang = i18next.language,
): Promise<LessonPack> {
  const [pack, wordings] = await Promise.all([lessonPack(packId), repos.wordingsOf(packId)]);
  const active = activeWording(wordings);
  const key = `${lang}\u0000${packId}`;
  // The pack's own words, kept before a school's wording first covers them (its statements may
  // reuse the built-in ids), so going back to the built-in wording shows them at once.
  if (!ownWords.has(key)) ownWords.set(key, structuredClone(i18next.getResource(lang, packId, 'promises') ?? {}));
  if (active && !active.builtIn) {
    // A statement reusing a built-in id must not keep that promise's simpler line: its words differ.
    const promises = Object.fromEntries(active.items.map((item) => [item.id, { ...wordsIn(item, lang), simple: '' }]));
    i18next.addResourceBundle(lang, packId, { promises }, true, true);
  } else i18next.addResourceBundle(lang, packId, { promises: ownWords.get(key) }, true, true);
  return applyWording(pack, active);
}

const ownWords = new Map<string, unknown>();
