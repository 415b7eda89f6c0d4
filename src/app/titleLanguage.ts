/*
 * The device's language, copied where the title can read it before any module loads
 * (assets/title-start.js), so a Welsh class never sees an English title first. IndexedDB's
 * settings stay the record; this copy is only the title's first paint.
 */
export const TITLE_LANGUAGE_KEY = 'stay-safe-online.language';

export function rememberTitleLanguage(lang: string): void {
  try {
    localStorage.setItem(TITLE_LANGUAGE_KEY, lang);
  } catch {
    // Storage refused (private browsing): the title shows in English first, then switches.
  }
}
