/*
 * The frame and form parts of every grown-up's page (the teacher area, the privacy notice, the
 * parents' pages): DOM forms in the teacher font, each field labelled, status and errors announced.
 */
import { h } from './dom';

/** The same frame for grown-ups' pages outside the lock (parents, privacy): its button just goes back. */
export function adultLayout(
  title: string,
  exit: { label: string; onExit: () => void },
  ...body: (HTMLElement | null)[]
): HTMLElement {
  return h(
    'div',
    { class: 'teacher-screen' },
    h(
      'header',
      { class: 'teacher-header' },
      h('h1', { class: 'screen-title', tabindex: '-1' }, title),
      h('button', { type: 'button', class: 'secondary', onclick: exit.onExit }, exit.label),
    ),
    h('div', { class: 'teacher-body' }, ...body),
  );
}

export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `f-${Math.random().toString(36).slice(2)}`;
  control.id = id;
  const hintEl = hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), hintEl, control);
}

/** Where a form says it has done what was asked ("Saved."), announced politely. */
export function statusBox(): HTMLElement {
  return h('p', { class: 'form-status', role: 'status' });
}

export function errorBox(): HTMLElement {
  return h('p', { class: 'form-error', role: 'alert' });
}
