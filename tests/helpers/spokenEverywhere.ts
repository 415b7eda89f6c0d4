/*
 * Every line the narrator is asked to say, everywhere a child goes: each place of each pack,
 * the map, the ceremony or the signing, the certificate and "tell a grown-up", in one
 * language. Built with the very functions the screens speak with (src/ui/spokenLines.ts),
 * then each line is checked for a voice: its narration file, since a fresh device has no
 * teacher's recordings. A name is the only line left to the device's voice.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { heardAs, spokenText } from '../../src/audio/spoken';
import type { LessonPack } from '../../src/domain/lessonPack';
import { narrationFileName } from '../../src/domain/sha256';
import { type PlaceLines, spokenInPackByPlace } from '../../src/ui/packLines';
import { LANGUAGES, packIds, ROOT, readNamespace, readPack } from './contentFiles';

const PUPIL = 'Amelia J';
/** A class with no trusted adults typed in ("My teacher"), and one with a teacher's own names. */
const CLASSES = [{ trustedAdultsAtSchool: [] }, { trustedAdultsAtSchool: [{ name: 'Mrs Evans', icon: 'woman' }] }];

/** i18next with every language's words read from disk, as the app loads them. */
export async function loadAllWords(): Promise<void> {
  const namespaces = ['common', ...packIds()];
  await i18next.init({
    lng: 'en-GB',
    fallbackLng: false,
    defaultNS: 'common',
    ns: namespaces,
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(
      LANGUAGES.map((lang) => [lang, Object.fromEntries(namespaces.map((ns) => [ns, readNamespace(lang, ns)]))]),
    ),
  });
}

export interface Where extends PlaceLines {
  pack: string;
}

/** Everything said in one pack, place by place, in the language i18next is in now. */
export function spokenInPack(packId: string, pack: LessonPack): Where[] {
  return spokenInPackByPlace(packId, pack, undefined, {
    pupil: PUPIL,
    klass: 'Hazel Class',
    date: '3 March 2026',
    classes: CLASSES,
  }).map((place) => ({ pack: packId, ...place }));
}

export const hasFile = (lang: string, words: string): boolean =>
  existsSync(join(ROOT, 'assets/narration', lang, `${narrationFileName(words)}.mp3`));

export interface VoiceCount {
  pack: string;
  lang: string;
  /** Different lines asked for (a name counts once). */
  lines: number;
  /** Of those, said by the device's voice or not at all: names. */
  names: number;
  /** Lines (not names) with no narration file: the device's voice, or silence. */
  unvoiced: { place: string; key: string; words: string }[];
  /** As it was before lines were spoken one by one: each thing asked for, joined into one line. */
  joined: number;
  /** Of those, how many had no file. */
  unvoicedJoined: number;
}

/** How many lines each pack asks for in each language, and which have no voice. */
export async function voiceCounts(): Promise<VoiceCount[]> {
  if (!i18next.isInitialized) await loadAllWords();
  const counts: VoiceCount[] = [];
  for (const lang of LANGUAGES) {
    await i18next.changeLanguage(lang);
    for (const packId of packIds()) {
      const read = readPack(packId);
      if (!read.ok) continue;
      const lines = new Map<string, { place: string; key: string; name: boolean }>();
      const joined = new Set<string>();
      for (const { place, spoken } of spokenInPack(packId, read.pack)) {
        for (const sequence of spoken) {
          if (sequence.some((p) => !p.name)) joined.add(spokenText(sequence).trim());
          for (const part of sequence) {
            const words = heardAs(part);
            if (words && !lines.has(words)) lines.set(words, { place, key: part.key ?? '', name: Boolean(part.name) });
          }
        }
      }
      const all = [...lines];
      counts.push({
        pack: packId,
        lang,
        lines: all.length,
        names: all.filter(([, l]) => l.name).length,
        unvoiced: all
          .filter(([words, l]) => !l.name && !hasFile(lang, words))
          .map(([words, l]) => ({ place: l.place, key: l.key, words })),
        joined: joined.size,
        unvoicedJoined: [...joined].filter((words) => !hasFile(lang, words)).length,
      });
    }
  }
  return counts;
}
