/*
 * The parents' and carers' agreement (seeds/001 Appendix 4) as a short page to tick through
 * and print, with where to get help. Nothing is saved or sent: ticks live only on the page.
 */
import i18next from 'i18next';
import type { AppContext } from '../../app/appContext';
import { loadNamespace } from '../../app/content';
import { packText, t, wordKeys } from '../../app/i18n';
import { adultLayout } from '../adultLayout';
import { h } from '../dom';

export async function parentsPage(app: AppContext): Promise<HTMLElement> {
  await loadNamespace(i18next.language, 'family');
  const words = (key: string) => packText('family', key);
  const points = wordKeys('family', 'parents.points');
  const help = ['school', 'ceop', 'childline', 'nspcc'].filter(
    (k) => typeof i18next.getResource(i18next.language, 'family', `help.${k}`) === 'string',
  );
  return adultLayout(
    words('parents.title'),
    { label: t('family.back'), onExit: () => app.go({ name: 'family' }) },
    h('p', {}, words('parents.intro')),
    h(
      'ul',
      { class: 'parent-points' },
      ...points.map((id) =>
        h(
          'li',
          {},
          h(
            'label',
            { class: 'check' },
            h('input', { type: 'checkbox' }),
            h('span', {}, words(`parents.points.${id}`)),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'print-line' },
      `${words('parents.signedBy')}: ____________________    ${words('parents.date')}: ____________`,
    ),
    h('button', { type: 'button', class: 'primary no-print', onclick: () => window.print() }, words('parents.print')),
    h(
      'section',
      { class: 'dash-section' },
      h('h2', {}, words('help.title')),
      h('ul', {}, ...help.map((k) => h('li', {}, words(`help.${k}`)))),
      app.settings.schoolContact ? h('p', { class: 'school-contact' }, app.settings.schoolContact) : null,
    ),
  );
}
