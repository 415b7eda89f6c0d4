/*
 * `password`: build a password from word tiles ("three random words"). Tiles are toggle
 * buttons, so a tap, a key or a switch picks them; "Use this password" answers with all three.
 * The questions after it (who may know it, what if a friend finds it out) are plain choices.
 */
import { t } from '../../app/i18n';
import type { QuestionChoice } from '../../domain/questions';
import { h, icon } from '../dom';
import { choiceHeard } from '../spokenLines';
import { choiceView } from './choiceView';
import type { MechanicView } from './mechanicView';

export const passwordView: MechanicView = (question, ctx) => {
  const needed = question.pick ?? 1;
  if (needed === 1) return choiceView(question, ctx);
  const picked: QuestionChoice[] = [];
  const strip = h('p', { class: 'password-strip', 'aria-live': 'polite' });
  const use = h(
    'button',
    { type: 'button', class: 'big-button use-password', disabled: true, onclick: () => ctx.choose(...picked) },
    icon('locked'),
    h('span', {}, t('password.use')),
  );
  const refresh = () => {
    strip.textContent = picked.length
      ? picked.map((c) => ctx.text(c.labelKey)).join(' + ')
      : t('password.pickWords', { count: needed });
    use.disabled = picked.length !== needed;
    for (const tile of tiles) {
      const on = picked.some((c) => c.id === tile.dataset.choice);
      tile.setAttribute('aria-pressed', String(on));
      tile.disabled = !on && picked.length === needed;
    }
  };
  const tiles = question.choices.map((choice) => {
    const label = ctx.text(choice.labelKey);
    return h(
      'button',
      {
        type: 'button',
        class: 'choice-card tile',
        'data-choice': choice.id,
        'aria-pressed': 'false',
        onfocus: () => ctx.hear(choiceHeard(ctx.text, choice)),
        onclick: () => {
          const at = picked.findIndex((c) => c.id === choice.id);
          if (at >= 0) picked.splice(at, 1);
          else if (picked.length < needed) picked.push(choice);
          refresh();
        },
      },
      icon(choice.icon, '', 'icon big'),
      h('span', { class: 'choice-label' }, label),
    );
  });
  refresh();
  return h(
    'div',
    { class: 'password' },
    h('div', { class: 'choices tiles', role: 'group', 'aria-label': ctx.text(question.promptKey) }, ...tiles),
    h('div', { class: 'password-made' }, icon('key', '', 'icon'), strip, use),
  );
};
