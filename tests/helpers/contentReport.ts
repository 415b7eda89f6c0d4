/*
 * What the lesson content holds, as rows: promise × scenarios × mechanics × languages ×
 * narrated lines. `npm run report:content` prints it; the content tests check the same facts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scenariosFor } from '../../src/domain/packLoader';
import { scenarioKeys } from '../../src/domain/questions';
import { narrationFileName } from '../../src/domain/sha256';
import { LANGUAGES, lookup, packIds, ROOT, readNamespace, readPack } from './contentFiles';

export interface ReportRow {
  pack: string;
  promise: string;
  scenarios: number;
  mechanics: string;
  languages: string;
  narrated: string;
}

export function contentReport(): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const packId of packIds()) {
    const read = readPack(packId);
    if (!read.ok) {
      rows.push({ pack: packId, promise: 'INVALID', scenarios: 0, mechanics: '', languages: '', narrated: '' });
      continue;
    }
    const words = Object.fromEntries(LANGUAGES.map((lang) => [lang, readNamespace(lang, packId)]));
    for (const promise of read.pack.manifest.agreement.promises) {
      const scenarios = scenariosFor(read.pack, promise.id);
      const keys = scenarios.flatMap((s) => scenarioKeys(s).filter((k) => !k.startsWith('common:')));
      const complete = LANGUAGES.filter((lang) => keys.every((k) => typeof lookup(words[lang] ?? {}, k) === 'string'));
      const narrated = LANGUAGES.map((lang) => {
        const texts = keys.map((k) => lookup(words[lang] ?? {}, k)).filter((t): t is string => typeof t === 'string');
        const heard = texts.filter((t) =>
          existsSync(join(ROOT, 'assets/narration', lang, `${narrationFileName(t)}.mp3`)),
        ).length;
        return `${lang} ${heard}/${keys.length}`;
      });
      rows.push({
        pack: packId,
        promise: promise.id,
        scenarios: scenarios.length,
        mechanics: [...new Set(scenarios.map((s) => s.mechanic))].sort().join(', '),
        languages: complete.join(' + '),
        narrated: narrated.join(', '),
      });
    }
  }
  return rows;
}
