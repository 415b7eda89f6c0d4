/*
 * Keeps a pack's narration on the device: every line a child of this stage can hear in it
 * (as the screens say them, so "Well done!" and the parts of "You finished …!" too), in the
 * language being played, once per pack and language per visit.
 */
import type { LessonPack, Stage } from '../domain/lessonPack';
import { scenariosFor } from '../domain/packLoader';
import { everythingSaidIn, packWords, promiseDone } from '../ui/spokenLines';
import { narrator } from './narrator';

const warmed = new Set<string>();

export function warmPackNarration(pack: LessonPack, stage: Stage, lang: string): void {
  const id = `${pack.manifest.id}/${stage}/${lang}`;
  if (warmed.has(id) || !('serviceWorker' in navigator)) return;
  warmed.add(id);
  const words = packWords(pack.manifest.id);
  const texts = pack.manifest.agreement.promises
    .flatMap((p) => [
      promiseDone(words, p.id),
      ...scenariosFor(pack, p.id, stage).flatMap((s) => everythingSaidIn(words, s)),
    ])
    .flat()
    .filter((part) => !part.name)
    .map((part) => part.text);
  // Wait for the map to settle and play to start before using the network.
  window.setTimeout(() => void narrator.warm(texts, lang), 1500);
}
