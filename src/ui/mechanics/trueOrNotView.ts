/* `true-or-not`: a headline, photo or advert to judge: believe it, check it, or ignore it. */
import { h, icon } from '../dom';
import { choiceButton, type MechanicView } from './mechanicView';

export const trueOrNotView: MechanicView = (question, ctx) =>
  h(
    'div',
    { class: 'true-or-not' },
    h('div', { class: 'claim', 'aria-hidden': 'true' }, ...question.art.map((name) => icon(name, '', 'icon big'))),
    h(
      'div',
      { class: 'choices verdicts', role: 'group', 'aria-label': ctx.text(question.promptKey) },
      ...question.choices.map((c) => choiceButton(c, ctx, `choice-card verdict verdict-${c.id}`)),
    ),
  );
