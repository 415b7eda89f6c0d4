/* First run: the teacher chooses a passcode, then creates the first class. */
import type { AppContext } from '../app/appContext';
import { t } from '../app/i18n';
import { markUnlocked } from '../app/teacherSession';
import { checkNewPasscode } from '../domain/passcodePolicy';
import { h } from '../ui/dom';
import { classForm } from './classForm';
import { errorBox, field, teacherLayout } from './teacherLayout';

export async function setupScreen(app: AppContext): Promise<HTMLElement> {
  if (await app.lock.isSet()) {
    app.go({ name: 'unlock' });
    return h('div');
  }
  const passcode = h('input', { type: 'password', autocomplete: 'new-password', minlength: '6' });
  const confirm = h('input', { type: 'password', autocomplete: 'new-password' });
  const error = errorBox();
  const body = h('div', { class: 'setup-steps' });
  const passcodeForm = h(
    'form',
    { class: 'teacher-form', novalidate: true },
    h('h2', {}, t('setup.step1')),
    h('p', {}, t('setup.passcodeWhy')),
    field(t('setup.passcode'), passcode, t('setup.passcodeHint')),
    field(t('setup.confirm'), confirm),
    error,
    h('button', { type: 'submit', class: 'primary' }, t('setup.savePasscode')),
  );
  passcodeForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const check = checkNewPasscode(passcode.value, confirm.value);
    if (!check.ok) {
      error.textContent = t(`setup.errors.${check.reason}`);
      passcode.focus();
      return;
    }
    let code: string;
    try {
      code = await app.lock.set(passcode.value);
      markUnlocked();
    } catch (e) {
      app.fail(e);
      return;
    }
    body.replaceChildren(
      recoveryCodeNotice(code, () => {
        body.replaceChildren(
          h('h2', {}, t('setup.step2')),
          classForm(app, () => app.go({ name: 'teacher' })),
        );
        body.querySelector('input')?.focus();
      }),
    );
    body.querySelector('input')?.focus();
  });
  body.append(passcodeForm);
  return teacherLayout(t('setup.title'), () => app.go({ name: 'title' }), h('p', {}, t('setup.intro')), body);
}

/** Shows a new recovery code once, and moves on only when the teacher says it is written down. */
export function recoveryCodeNotice(code: string, onDone: () => void): HTMLElement {
  const noted = h('input', { type: 'checkbox', id: 'recovery-noted' });
  const error = errorBox();
  const form = h(
    'form',
    { class: 'teacher-form', novalidate: true },
    h('h2', {}, t('setup.recoveryTitle')),
    h('p', {}, t('setup.recoveryWhy')),
    h('p', { class: 'recovery-code', 'data-testid': 'recovery-code' }, code),
    h('label', { class: 'check', for: 'recovery-noted' }, noted, h('span', {}, t('setup.recoveryNoted'))),
    error,
    h('button', { type: 'submit', class: 'primary' }, t('setup.continue')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!noted.checked) {
      error.textContent = t('setup.recoveryNeeded');
      return;
    }
    onDone();
  });
  return form;
}
