/* The teacher area's door: the passcode, with a growing wait after wrong guesses. */
import type { AppContext } from '../app/appContext';
import { t } from '../app/i18n';
import { markUnlocked } from '../app/teacherSession';
import { h } from '../ui/dom';
import { errorBox, field, teacherLayout } from './teacherLayout';

export async function unlockScreen(app: AppContext): Promise<HTMLElement> {
  const passcode = h('input', { type: 'password', autocomplete: 'current-password' });
  const error = errorBox();
  const submit = h('button', { type: 'submit', class: 'primary' }, t('unlock.open'));
  const form = h(
    'form',
    { class: 'teacher-form', novalidate: true },
    field(t('unlock.passcode'), passcode),
    error,
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    const result = await app.lock.unlock(passcode.value);
    submit.disabled = false;
    passcode.value = '';
    if (result.ok) {
      markUnlocked();
      app.go({ name: 'teacher' });
      return;
    }
    error.textContent = result.waitSeconds ? t('unlock.wait', { seconds: result.waitSeconds }) : t('unlock.wrong');
    passcode.focus();
  });
  return teacherLayout(t('unlock.title'), () => app.go({ name: 'title' }), form);
}
