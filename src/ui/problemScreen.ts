/*
 * When something goes wrong the child sees a calm picture and "ask your teacher"; the teacher
 * sees what happened and what to do. Nothing is half-written: failed writes are refused whole.
 */
import { t } from '../app/i18n';
import { h, icon } from './dom';

export function problemScreen(problem: string, detail: string | undefined, onBack: () => void): HTMLElement {
  const known = ['unavailable', 'full', 'blocked', 'other-tab', 'content', 'unknown'];
  const kind = known.includes(problem) ? problem : 'unknown';
  return h(
    'div',
    { class: 'problem-screen', role: 'alert' },
    icon('teddy-bear', '', 'icon huge'),
    h('h1', { class: 'screen-title', tabindex: '-1' }, t('problem.title')),
    h('p', { class: 'problem-child' }, t('problem.child')),
    h('h2', {}, t('problem.forTeacher')),
    h('p', {}, t(`problem.kinds.${kind as 'unknown'}`)),
    detail ? h('pre', { class: 'problem-detail' }, detail) : null,
    h(
      'button',
      { type: 'button', class: 'big-button', onclick: onBack },
      icon('house'),
      h('span', {}, t('controls.home')),
    ),
  );
}
