/*
 * The title screen is plain DOM and needs no game engine, so it is usable at once on a slow
 * tablet: Play, the language, and (small, out of the way) the teachers' door.
 */
import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { LANGUAGES, languageName } from '../app/content';
import { switchLanguage, t } from '../app/i18n';
import { h, icon } from './dom';

export async function titleScreen(app: AppContext): Promise<HTMLElement> {
  const classes = await app.repos.listClasses();
  const languages = h(
    'div',
    { class: 'language-switch', role: 'group', 'aria-label': t('title.language') },
    ...LANGUAGES.map((lang) =>
      h(
        'button',
        {
          type: 'button',
          class: 'language-button',
          lang,
          'aria-pressed': String(i18next.language === lang),
          onclick: async () => {
            await switchLanguage(lang);
            app.settings = await app.repos.updateSettings({ language: lang });
            app.go({ name: 'title' });
          },
        },
        languageName(lang),
      ),
    ),
  );
  const play = h(
    'button',
    {
      type: 'button',
      class: 'play-button',
      onclick: () => {
        if (classes.length === 0) void app.caption.say(t('title.noClass'));
        else if (classes.length === 1 && classes[0]) app.go({ name: 'pupils', classId: classes[0].id });
        else app.go({ name: 'classes' });
      },
    },
    icon('play-button', '', 'icon big'),
    h('span', {}, t('title.play')),
  );
  const teacher = h(
    'button',
    {
      type: 'button',
      class: 'teacher-door',
      onclick: async () => app.go({ name: (await app.lock.isSet()) ? 'unlock' : 'setup' }),
    },
    icon('locked-with-key'),
    h('span', {}, t('title.teachers')),
  );
  return h(
    'div',
    { class: 'title-screen' },
    h(
      'div',
      { class: 'title-art', 'aria-hidden': 'true' },
      icon('tablet', '', 'icon title-tablet'),
      icon('shield', '', 'icon title-shield'),
      icon('glowing-star', '', 'icon title-star'),
    ),
    h('h1', { class: 'screen-title', tabindex: '-1' }, t('app.name')),
    h('p', { class: 'tagline' }, t('title.tagline')),
    play,
    classes.length === 0 ? h('p', { class: 'hint', role: 'status' }, t('title.noClass')) : null,
    h(
      'button',
      { type: 'button', class: 'language-button family-door', onclick: () => app.go({ name: 'family' }) },
      icon('house'),
      h('span', {}, t('family.playAtHome')),
    ),
    languages,
    h(
      'div',
      { class: 'title-doors' },
      teacher,
      h(
        'button',
        { type: 'button', class: 'teacher-door', onclick: () => app.go({ name: 'privacy', back: { name: 'title' } }) },
        icon('shield'),
        h('span', {}, t('title.privacy')),
      ),
    ),
  );
}
