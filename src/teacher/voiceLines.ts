/*
 * The lines a teacher records for a pack in a language (every line a child hears, in order),
 * and which of them this class already has in the teacher's voice. Shared by the voices page
 * and the recording session, so both count the same lines.
 */
import type { AppContext } from '../app/appContext';
import { loadNamespace } from '../app/content';
import { playablePack } from '../app/playablePack';
import type { VoiceRecording } from '../domain/records';
import { narrationFileName } from '../domain/sha256';
import type { HeardLine } from '../domain/voicePack';
import { heardLines } from '../ui/packLines';

export interface LinesToRecord {
  lines: HeardLine[];
  /** This class's recordings in the language, by the hash of their words (as the narrator finds them). */
  recorded: Map<string, VoiceRecording>;
}

export const lineHashOf = (line: HeardLine): string => narrationFileName(line.words);

export async function linesToRecord(
  app: AppContext,
  classId: string,
  packId: string,
  lang: string,
  /** 'class': the lines this class's children meet; 'pack': every line of the pack (sharing a file). */
  which: 'class' | 'pack' = 'class',
): Promise<LinesToRecord> {
  await Promise.all([loadNamespace(lang, 'common'), loadNamespace(lang, packId)]);
  // The school's own wording, in the language being recorded, is what the class hears.
  const [pack, klass] = await Promise.all([playablePack(app.repos, packId, lang), app.repos.getClass(classId)]);
  // Only what this class's children meet: a lower-KS2 class never hears the upper-KS2 scenarios.
  const lines = heardLines(packId, pack, lang, which === 'class' ? klass?.stage : undefined);
  const mine = (await app.repos.recordingsOf(classId)).filter((r) => r.lang === lang);
  return { lines, recorded: new Map(mine.map((r) => [r.lineHash, r])) };
}

/** The first line from `from` on with no recording, or -1. */
export function firstWithoutRecording({ lines, recorded }: LinesToRecord, from = 0): number {
  return lines.findIndex((line, n) => n >= from && !recorded.has(lineHashOf(line)));
}

export const recordedCount = ({ lines, recorded }: LinesToRecord): number =>
  lines.filter((line) => recorded.has(lineHashOf(line))).length;
