/* `traffic-light`: green OK, amber ask first, red stop and tell, as three big lamps. */
import { h } from '../dom';
import { choiceButton, type MechanicView } from './mechanicView';

export const trafficLightView: MechanicView = (question, ctx) =>
  h(
    'div',
    { class: 'traffic-light', role: 'group', 'aria-label': ctx.text(question.promptKey) },
    ...question.choices.map((c) => choiceButton(c, ctx, `choice-card lamp lamp-${c.id}`)),
  );
