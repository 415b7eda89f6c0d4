/*
 * i18next set-up. Keys of `common` and `teacher` are typed from the English files, so a
 * misspelt key fails the typecheck; pack words use keys derived from ids (see domain/questions).
 */
import i18next from 'i18next';
import type common from '../../locales/en-GB/common.json';
import { loadLanguage } from './content';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common };
  }
}

export async function startI18n(lang: string): Promise<void> {
  await i18next.init({
    lng: lang,
    fallbackLng: false,
    defaultNS: 'common',
    ns: ['common'],
    resources: {},
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadLanguage(lang);
  document.documentElement.lang = lang;
}

export async function switchLanguage(lang: string): Promise<void> {
  await loadLanguage(lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** Words of a lesson pack, by a key derived from ids (or `common:` for shared ones). */
export function packText(packId: string, key: string, vars?: Record<string, string>): string {
  const [ns, bare] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [packId, key];
  const loose = i18next.t as unknown as (k: string, o: Record<string, unknown>) => string;
  return loose(bare, { ns, ...vars });
}

/** The keys under one entry of a namespace, in file order (a list of points kept in the words). */
export function wordKeys(ns: string, key: string): string[] {
  return Object.keys((i18next.getResource(i18next.language, ns, key) as Record<string, string> | undefined) ?? {});
}

export const t = i18next.t.bind(i18next);
