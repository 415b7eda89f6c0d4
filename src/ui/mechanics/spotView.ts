/* `spot`: a pretend screen full of things; find the one that is not right (a pop-up, a prize). */
import { h, icon } from '../dom';
import { choiceButton, type MechanicView } from './mechanicView';

export const spotView: MechanicView = (question, ctx) =>
  h(
    'div',
    { class: 'spot' },
    h(
      'div',
      { class: 'spot-screen', role: 'group', 'aria-label': ctx.text(question.promptKey) },
      icon(question.art[0] ?? 'tablet', '', 'spot-device'),
      h('div', { class: 'spot-items' }, ...question.choices.map((c) => choiceButton(c, ctx, 'choice-card hotspot'))),
    ),
  );
