/* `chat`: a pretend message thread on a pretend phone; the child picks the reply. */
import { h, icon } from '../dom';
import { choiceButton, type MechanicView } from './mechanicView';

export const chatView: MechanicView = (question, ctx) => {
  const contact = ctx.text(`scenarios.${ctx.scenario.id}.contact`);
  const contactIcon = ctx.scenario.mechanic === 'chat' ? ctx.scenario.contact : 'bust-in-silhouette';
  return h(
    'div',
    { class: 'chat' },
    h(
      'section',
      { class: 'chat-phone', 'aria-label': contact },
      h('p', { class: 'chat-contact' }, icon(contactIcon, ''), h('span', {}, contact)),
      h(
        'ol',
        { class: 'chat-thread' },
        ...question.messages.map((m) => h('li', { class: `bubble from-${m.from}` }, ctx.text(m.textKey))),
      ),
    ),
    h(
      'div',
      { class: 'choices replies', role: 'group', 'aria-label': ctx.text(question.promptKey) },
      ...question.choices.map((c) => choiceButton(c, ctx)),
    ),
  );
};
