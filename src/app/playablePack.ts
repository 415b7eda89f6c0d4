/*
 * The pack as this device's classes play it: the built-in pack with the school's own wording
 * applied when one is published. The school's words join the pack's words in i18next, so
 * every screen reads them the same way.
 */
import i18next from 'i18next';
import type { LessonPack } from '../domain/lessonPack';
import { applyWording, wordsIn } from '../domain/schoolWording';
import type { ChildRepositories } from '../storage/childRepositories';
import { lessonPack } from './content';

export async function playablePack(repos: Pick<ChildRepositories, 'wordingsOf'>, packId: string): Promise<LessonPack> {
  const [pack, wordings] = await Promise.all([lessonPack(packId), repos.wordingsOf(packId)]);
  const active = wordings.at(-1);
  if (active && !active.builtIn) {
    const lang = i18next.language;
    const promises = Object.fromEntries(active.items.map((item) => [item.id, wordsIn(item, lang)]));
    i18next.addResourceBundle(lang, packId, { promises }, true, true);
  }
  return applyWording(pack, active);
}
