/* A child taps their class: big cards with the class's picture and name, spoken on focus. */
import type { ChildContext } from '../../app/appContext';
import { t } from '../../app/i18n';
import { childLayout } from '../childLayout';
import { h, icon } from '../dom';
import { nameSaid, pickClass } from '../spokenLines';

export async function classPicker(app: ChildContext): Promise<HTMLElement> {
  const classes = await app.repos.listClasses();
  void app.caption.say(pickClass());
  return childLayout({
    title: t('pick.class'),
    back: { label: t('controls.home'), onClick: () => app.go({ name: 'title' }) },
    body: [
      h(
        'ul',
        { class: 'card-grid', role: 'list' },
        ...classes.map((c, i) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'pick-card',
                onclick: () => app.go({ name: 'pupils', classId: c.id }),
                onfocus: () => void app.caption.say(nameSaid(c.name)),
              },
              icon(CLASS_ICONS[i % CLASS_ICONS.length] ?? 'school', '', 'icon big'),
              h('span', {}, c.name),
            ),
          ),
        ),
      ),
      app.caption.el,
    ],
  });
}

const CLASS_ICONS = ['school', 'rainbow', 'sunflower', 'rocket', 'star', 'house-with-garden'];
