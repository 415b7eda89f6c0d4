/*
 * Keeps a pack's narration on the device: every line a child of this stage can hear in it,
 * in the language being played, once per pack and language per visit.
 */
import { packText } from '../app/i18n';
import type { LessonPack, Stage } from '../domain/lessonPack';
import { scenariosFor } from '../domain/packLoader';
import { scenarioKeys } from '../domain/questions';
import { narrator } from './narrator';

const warmed = new Set<string>();

export function warmPackNarration(pack: LessonPack, stage: Stage, lang: string): void {
  const id = `${pack.manifest.id}/${stage}/${lang}`;
  if (warmed.has(id) || !('serviceWorker' in navigator)) return;
  warmed.add(id);
  const packId = pack.manifest.id;
  const texts = pack.manifest.agreement.promises.flatMap((p) => [
    packText(packId, `promises.${p.id}.keyword`),
    packText(packId, `promises.${p.id}.text`),
    ...scenariosFor(pack, p.id, stage).flatMap((s) => scenarioKeys(s).map((key) => packText(packId, key))),
  ]);
  // Wait for the map to settle and play to start before using the network.
  window.setTimeout(() => void narrator.warm(texts, lang), 1500);
}
