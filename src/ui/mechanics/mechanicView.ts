/*
 * A mechanic's view: how a question looks and is answered. Each mechanic is one function from
 * a question to DOM; the scenario player does the rest (saving, feedback, moving on).
 * Every answer is a real <button>, so touch, mouse, keyboard, switch and screen readers work.
 */
import type { Spoken } from '../../audio/spoken';
import type { Scenario } from '../../domain/lessonPack';
import type { Question, QuestionChoice } from '../../domain/questions';
import { h, icon } from '../dom';
import { choiceHeard } from '../spokenLines';

export interface MechanicContext {
  scenario: Scenario;
  text: (key: string) => string;
  /** One choice is one answer; a multi-pick question (the password) answers with several. */
  choose: (...choices: QuestionChoice[]) => void;
  /** Speaks a choice's label when a child focuses or points at it. */
  hear: (spoken: Spoken) => void;
}

export type MechanicView = (question: Question, ctx: MechanicContext) => HTMLElement;

export function choiceButton(
  choice: QuestionChoice,
  ctx: MechanicContext,
  className = 'choice-card',
): HTMLButtonElement {
  const label = ctx.text(choice.labelKey);
  return h(
    'button',
    {
      type: 'button',
      class: className,
      'data-choice': choice.id,
      onclick: () => ctx.choose(choice),
      onfocus: () => ctx.hear(choiceHeard(ctx.text, choice)),
    },
    icon(choice.icon, '', 'icon big'),
    h('span', { class: 'choice-label' }, label),
  );
}
