/*
 * A language button on every child screen: switching keeps the child's place (the screen is
 * drawn again from where they are, and a scenario resumes at the same question).
 */
import i18next from 'i18next';
import { LANGUAGES, languageName } from '../app/content';
import { h } from './dom';

let onSwitch: ((lang: string) => void) | undefined;

/** Set once at start-up: what switching language does. */
export function whenLanguageSwitched(handler: (lang: string) => void): void {
  onSwitch = handler;
}

export function languageToggle(): HTMLElement | null {
  const others = LANGUAGES.filter((lang) => lang !== i18next.language);
  if (!others.length) return null;
  return h(
    'div',
    { class: 'header-languages' },
    ...others.map((lang) =>
      h(
        'button',
        { type: 'button', class: 'language-button small', lang, onclick: () => onSwitch?.(lang) },
        languageName(lang),
      ),
    ),
  );
}
