/*
 * Every destructive step: say what will be gone, and ask for the name typed back. A near miss
 * (case, spaces) is accepted; anything else deletes nothing and says so.
 */
import { t } from '../app/i18n';
import { isUnlocked } from '../app/teacherSession';
import { h } from '../ui/dom';
import { saveOnce } from '../ui/saveOnce';
import { errorBox, field } from './teacherLayout';

export function confirmByTyping(options: {
  summary: string;
  warning: string;
  label: string;
  expected: string;
  button: string;
  mismatch: string;
  onConfirm: () => Promise<void>;
}): HTMLElement {
  const input = h('input', { type: 'text', autocomplete: 'off' });
  const error = errorBox();
  const form = h(
    'form',
    { class: 'teacher-form danger-form', novalidate: true },
    h('p', {}, options.warning),
    field(options.label, input),
    error,
    h('button', { type: 'submit', class: 'danger' }, options.button),
  );
  form.addEventListener(
    'submit',
    saveOnce(async () => {
      const same = (x: string) => x.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
      if (same(input.value) !== same(options.expected)) {
        error.textContent = options.mismatch;
        input.focus();
        return 'again';
      }
      // The area may have locked itself while this page stayed open: nothing is deleted then.
      if (!isUnlocked()) {
        error.textContent = t('unlock.lockedAgain');
        return 'again';
      }
      await options.onConfirm();
      return 'done';
    }),
  );
  return h('details', { class: 'danger-zone' }, h('summary', {}, options.summary), form);
}
