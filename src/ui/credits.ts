/*
 * Who made the pictures, fonts, voices and sounds, and under which licence (assets/CREDITS.md):
 * in the privacy notice, which anyone can open (a parent at home, a child), and in the teacher's
 * settings.
 */
import { t } from '../app/i18n';
import { h } from './dom';

const ITEMS = ['pictures', 'places', 'fonts', 'voices', 'sounds'] as const;

export const creditsTitle = (): string => t('teacher.credits.title');

export function creditsList(): HTMLElement {
  return h('ul', {}, ...ITEMS.map((item) => h('li', {}, t(`teacher.credits.${item}`))));
}
