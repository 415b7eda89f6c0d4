/*
 * Loads words and lesson packs on demand, so the title screen needs neither. Locale files are
 * `locales/<lang>/<ns>.json` plus, for a pack, `locales/<lang>/<pack>/*.json` (one file per
 * promise), deep-merged into one i18next namespace.
 */
import i18next from 'i18next';
import type { LessonPack, Stage } from '../domain/lessonPack';

const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('/locales/**/*.json');
const packManifests = import.meta.glob<{ default: unknown }>('/lessons/*/pack.json');
const scenarioFiles = import.meta.glob<{ default: unknown }>('/lessons/*/scenarios/*.json');

// Only each language's name is in the first download; its words come when it is used.
const languageNames = import.meta.glob<{ name: string }>('/locales/*/language.json', {
  eager: true,
  import: 'default',
});

/** Every language with a `language.json`, English first; adding a folder adds a language. */
export const LANGUAGES = Object.keys(languageNames)
  .map((path) => /^\/locales\/([^/]+)\/language\.json$/.exec(path)?.[1])
  .filter((lang): lang is string => Boolean(lang))
  .sort((a, b) => (a === 'en-GB' ? -1 : b === 'en-GB' ? 1 : a.localeCompare(b)));

/** A language's own name for itself ("Cymraeg"), for the language buttons. */
export function languageName(lang: string): string {
  return languageNames[`/locales/${lang}/language.json`]?.name ?? lang;
}

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

function namespaceOf(path: string, lang: string): string | undefined {
  const rest = path.slice(`/locales/${lang}/`.length);
  if (!path.startsWith(`/locales/${lang}/`)) return undefined;
  const parts = rest.replace(/\.json$/, '').split('/');
  return parts[0];
}

/** The namespaces in use (common, and each pack opened), so a language switch loads just those. */
const inUse = new Set(['common']);

/** Loads one namespace of a language (once): a pack's words come only when the pack is played. */
export async function loadNamespace(lang: string, ns: string): Promise<void> {
  inUse.add(ns);
  if (i18next.hasResourceBundle(lang, ns)) return;
  const paths = Object.keys(localeFiles)
    .filter((p) => namespaceOf(p, lang) === ns)
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const loaded = await Promise.all(paths.map(async (p) => [p, (await localeFiles[p]?.())?.default] as const));
  for (const [path, words] of loaded) {
    const ns = namespaceOf(path, lang);
    if (!ns || !words) continue;
    i18next.addResourceBundle(lang, ns, words, true, true);
  }
}

/** Loads the words in use in a language; resolves when i18next can use them. */
export async function loadLanguage(lang: string): Promise<void> {
  await Promise.all([...inUse].map((ns) => loadNamespace(lang, ns)));
}

/** Every built-in lesson pack, by id. */
export const PACK_IDS = Object.keys(packManifests)
  .map((p) => /^\/lessons\/([^/]+)\/pack\.json$/.exec(p)?.[1])
  .filter((id): id is string => Boolean(id))
  .sort();

const packs = new Map<string, Promise<LessonPack>>();

/** A checked lesson pack; a bad one is refused with a message naming file and field. */
export function lessonPack(packId: string): Promise<LessonPack> {
  let pending = packs.get(packId);
  if (!pending) {
    pending = (async () => {
      const started = performance.now();
      const manifestPath = `/lessons/${packId}/pack.json`;
      const manifest = packManifests[manifestPath];
      if (!manifest) throw new ContentError(`lessons/${packId}/pack.json: no such lesson pack`);
      const prefix = `/lessons/${packId}/scenarios/`;
      const scenarios: Record<string, unknown> = {};
      await Promise.all(
        Object.entries(scenarioFiles)
          .filter(([p]) => p.startsWith(prefix))
          .map(async ([p, load]) => {
            scenarios[p.slice(1)] = (await load()).default;
          }),
      );
      await loadNamespace(i18next.language, packId);
      const { formatProblems, loadPack } = await import('../domain/packLoader');
      const json = (await manifest()).default;
      performance.measure(`pack-files ${packId}`, { start: started });
      const checking = performance.now();
      const result = loadPack(manifestPath.slice(1), json, scenarios);
      performance.measure(`pack-checked ${packId}`, { start: checking });
      if (!result.ok) throw new ContentError(formatProblems(result.problems));
      return result.pack;
    })();
    pending.catch(() => packs.delete(packId));
    packs.set(packId, pending);
  }
  return pending;
}

/** The built-in agreement each key stage plays (a teacher can choose another for a class). */
export const PACK_FOR_STAGE: Record<Stage, string> = {
  EYFS: 'eyfs-promise',
  KS1: 'ks1-safe',
  LKS2: 'ks2-i-am',
  UKS2: 'ks2-i-am',
  KS2: 'ks2-i-am',
  family: 'ks1-safe',
};
