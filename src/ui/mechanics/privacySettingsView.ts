/*
 * `privacy-settings`: one setting of a pretend profile at a time. Pointing at or focusing an
 * option shows who could see the profile with it, before the pupil commits to it.
 */
import { t } from '../../app/i18n';
import { h, icon } from '../dom';
import { choiceButton, type MechanicView } from './mechanicView';

const AUDIENCE_ICONS = {
  everyone: ['globe-showing-europe-africa', 'busts-in-silhouette', 'busts-in-silhouette'],
  friends: ['busts-in-silhouette'],
  family: ['house'],
  'only-me': ['locked'],
} as const;

export const privacySettingsView: MechanicView = (question, ctx) => {
  const audience = h('div', { class: 'audience', 'aria-live': 'polite' });
  const show = (id: string | undefined) => {
    const who = id ? question.audience?.[id] : undefined;
    audience.replaceChildren(
      h('span', { class: 'audience-label' }, t('privacy.whoCanSee')),
      ...(who ? AUDIENCE_ICONS[who].map((name) => icon(name, '', 'icon')) : []),
      h('strong', {}, who ? t(`privacy.audience.${who}`) : '…'),
    );
  };
  show(undefined);
  const options = question.choices.map((choice) => {
    const button = choiceButton(choice, ctx, 'choice-card setting-option');
    button.addEventListener('focus', () => show(choice.id));
    button.addEventListener('pointerenter', () => show(choice.id));
    return button;
  });
  return h(
    'div',
    { class: 'privacy-settings' },
    h(
      'div',
      { class: 'profile-card', 'aria-hidden': 'true' },
      icon(question.art[0] ?? 'bust-in-silhouette', '', 'icon big'),
      icon(question.art[1] ?? 'gear', '', 'icon'),
    ),
    h('div', { class: 'choices options', role: 'group', 'aria-label': ctx.text(question.promptKey) }, ...options),
    audience,
  );
};
