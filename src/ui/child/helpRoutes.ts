/* Where to get help, as schools name it. Explained, never linked: the app makes no requests. */
import { t } from '../../app/i18n';
import { h, icon } from '../dom';

export function helpRoutes(): HTMLElement {
  const route = (iconName: string, words: string) => h('li', {}, icon(iconName, '', 'icon'), h('span', {}, words));
  return h(
    'section',
    { class: 'help-routes', 'aria-labelledby': 'help-title' },
    h('h2', { id: 'help-title' }, t('help.title')),
    h(
      'ul',
      {},
      route('woman-teacher', t('help.adult')),
      route('telephone-receiver', t('help.childline')),
      route('shield', t('help.ceop')),
    ),
  );
}
