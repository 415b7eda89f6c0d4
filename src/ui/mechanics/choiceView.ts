/* `choice`: two to four picture cards; the safe one is the answer. */
import { h } from '../dom';
import { choiceButton, type MechanicView } from './mechanicView';

export const choiceView: MechanicView = (question, ctx) =>
  h(
    'div',
    { class: 'choices', role: 'group', 'aria-label': ctx.text(question.promptKey) },
    ...question.choices.map((c) => choiceButton(c, ctx)),
  );
