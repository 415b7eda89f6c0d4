/*
 * The privacy notice, in the app as in the README: what is kept, where, for how long, how to
 * delete it, and that there are no third parties (ICO Children's Code: transparency), with a
 * line for children first in words they can follow. Reached from the title, the teacher area
 * and the grown-ups' pages; it goes back where it came from.
 */
import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { loadNamespace } from '../app/content';
import { packText, wordKeys } from '../app/i18n';
import type { ScreenName } from '../app/screens';
import { adultLayout } from './adultLayout';
import { creditsList, creditsTitle } from './credits';
import { h } from './dom';

const SECTIONS = ['what', 'where', 'howLong', 'delete', 'backups', 'home', 'school'] as const;

export async function privacyNotice(app: AppContext, back: ScreenName): Promise<HTMLElement> {
  await loadNamespace(i18next.language, 'privacyNotice');
  const words = (key: string) => packText('privacyNotice', key);
  return adultLayout(
    words('title'),
    { label: words('back'), onExit: () => app.go(back) },
    h('p', { class: 'privacy-for-children' }, words('forChildren')),
    ...SECTIONS.map((section) => {
      const list = wordKeys('privacyNotice', `sections.${section}.points`);
      return h(
        'section',
        { class: 'dash-section' },
        h('h2', {}, words(`sections.${section}.heading`)),
        list.length
          ? h('ul', {}, ...list.map((p) => h('li', {}, words(`sections.${section}.points.${p}`))))
          : h('p', {}, words(`sections.${section}.body`)),
      );
    }),
    app.settings.schoolContact
      ? h('p', { class: 'school-contact' }, `${words('contact')} ${app.settings.schoolContact}`)
      : null,
    h('section', { class: 'dash-section credits' }, h('h2', {}, creditsTitle()), creditsList()),
  );
}
