/*
 * `sort`: one thing at a time goes into a box. Drag it onto a box, or tap (or press) the box:
 * the buttons are the keyboard and switch alternative to dragging.
 */
import { h, icon } from '../dom';
import { choiceButton, type MechanicView } from './mechanicView';

export const sortView: MechanicView = (question, ctx) => {
  const bins = question.choices.map((c) => choiceButton(c, ctx, 'choice-card bin'));
  const item = h(
    'div',
    { class: 'sort-item', 'aria-hidden': 'true' },
    icon(question.art[0] ?? 'white-circle', '', 'icon big'),
    h('span', {}, ctx.text(question.promptKey)),
  );
  item.addEventListener('pointerdown', (down) => {
    item.setPointerCapture(down.pointerId);
    const start = { x: down.clientX, y: down.clientY };
    const move = (e: PointerEvent) => {
      item.style.transform = `translate(${e.clientX - start.x}px, ${e.clientY - start.y}px)`;
    };
    const up = (e: PointerEvent) => {
      item.removeEventListener('pointermove', move);
      item.style.transform = '';
      const target = bins.find((b) => {
        const r = b.getBoundingClientRect();
        return e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      });
      target?.click();
    };
    item.addEventListener('pointermove', move);
    item.addEventListener('pointerup', up, { once: true });
  });
  return h(
    'div',
    { class: 'sort' },
    item,
    h('div', { class: 'choices bins', role: 'group', 'aria-label': ctx.text(question.promptKey) }, ...bins),
  );
};
