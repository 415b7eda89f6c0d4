/*
 * What the lesson content holds, as rows: promise × scenarios × check-back scenarios ×
 * misconception tags × mechanics × languages × narrated lines. `npm run report:content` prints
 * it; the content tests check the same facts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../src/domain/lessonPack';
import { checkBackScenariosFor, scenariosFor } from '../../src/domain/packLoader';
import { scenarioKeys } from '../../src/domain/questions';
import { narrationFileName } from '../../src/domain/sha256';
import { LANGUAGES, lookup, packIds, ROOT, readNamespace, readPack } from './contentFiles';

export interface ReportRow {
  pack: string;
  promise: string;
  /** Scenarios of normal play. */
  scenarios: number;
  /** Scenarios kept for the check-back round. */
  checkBack: number;
  /** Distinct misconception ids tagged on this promise's wrong answers. */
  misconceptions: string;
  mechanics: string;
  languages: string;
  narrated: string;
}

/** Every misconception id a scenario tags, wherever its wrong answers live. */
export function misconceptionsOf(scenario: Scenario): string[] {
  const found: (string | undefined)[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'misconception' && typeof value === 'string') found.push(value);
        else walk(value);
      }
    }
  };
  walk(scenario);
  return [...new Set(found.filter((m): m is string => Boolean(m)))].sort();
}

/** tests/content/situations.json: each scenario's situation, as judged by a reader of the content. */
export function judgedSituations(): Record<string, Record<string, string>> {
  return (
    JSON.parse(readFileSync(join(ROOT, 'tests/content/situations.json'), 'utf8')) as {
      packs: Record<string, Record<string, string>>;
    }
  ).packs;
}

/** Per pack: its scenarios (check-backs included), and how many distinct situations they tell. */
export function situationCounts(): { pack: string; scenarios: number; distinct: number; unjudged: number }[] {
  const judged = judgedSituations();
  return packIds().map((packId) => {
    const read = readPack(packId);
    const ids = read.ok ? read.pack.scenarios.map((s) => s.id) : [];
    const mine = judged[packId] ?? {};
    const unjudged = ids.filter((id) => !mine[id]);
    // A scenario not judged yet counts as a situation of its own.
    const distinct = new Set([...ids.flatMap((id) => mine[id] ?? []), ...unjudged]).size;
    return { pack: packId, scenarios: ids.length, distinct, unjudged: unjudged.length };
  });
}

export function contentReport(): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const packId of packIds()) {
    const read = readPack(packId);
    if (!read.ok) {
      rows.push({
        pack: packId,
        promise: 'INVALID',
        scenarios: 0,
        checkBack: 0,
        misconceptions: '',
        mechanics: '',
        languages: '',
        narrated: '',
      });
      continue;
    }
    const words = Object.fromEntries(LANGUAGES.map((lang) => [lang, readNamespace(lang, packId)]));
    for (const promise of read.pack.manifest.agreement.promises) {
      const played = scenariosFor(read.pack, promise.id);
      const checkBack = checkBackScenariosFor(read.pack, promise.id);
      const scenarios = [...played, ...checkBack];
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
        scenarios: played.length,
        checkBack: checkBack.length,
        misconceptions: [...new Set(scenarios.flatMap(misconceptionsOf))].sort().join(', '),
        mechanics: [...new Set(scenarios.map((s) => s.mechanic))].sort().join(', '),
        languages: complete.join(' + '),
        narrated: narrated.join(', '),
      });
    }
  }
  return rows;
}
