/* The teacher area's door: the passcode, with a growing wait after wrong guesses. */
import type { AppContext } from '../app/appContext';
import { t } from '../app/i18n';
import { markUnlocked } from '../app/teacherSession';
import { checkNewPasscode } from '../domain/passcodePolicy';
import { h } from '../ui/dom';
import { saveOnce } from '../ui/saveOnce';
import { recoveryCodeNotice } from './setupScreen';
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
  form.addEventListener(
    'submit',
    saveOnce(async () => {
      const result = await app.lock.unlock(passcode.value);
      passcode.value = '';
      if (result.ok) {
        markUnlocked();
        app.go({ name: 'teacher' });
        return 'done';
      }
      error.textContent = result.waitSeconds ? t('unlock.wait', { seconds: result.waitSeconds }) : t('unlock.wrong');
      passcode.focus();
      return 'again';
    }, app.fail),
  );
  const page = teacherLayout(t('unlock.title'), () => app.go({ name: 'title' }), form);
  const body = page.querySelector('.teacher-body') as HTMLElement;
  body.append(
    recovery(app, () => {
      body.replaceChildren(newPasscodeForm(app));
      body.querySelector('input')?.focus();
    }),
    resetByAdmin(),
  );
  return page;
}

/** The recovery code opens the door once more, to choose a new passcode (and get a new code). */
function recovery(app: AppContext, onRecovered: () => void): HTMLElement {
  const code = h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const error = errorBox();
  const form = h(
    'form',
    { class: 'teacher-form', novalidate: true },
    field(t('unlock.recoveryCode'), code),
    error,
    h('button', { type: 'submit', class: 'secondary' }, t('unlock.useCode')),
  );
  const details = h('details', { class: 'danger-zone' }, h('summary', {}, t('unlock.forgot')), form);
  form.addEventListener(
    'submit',
    saveOnce(async () => {
      const result = await app.lock.recover(code.value);
      code.value = '';
      if (!result.ok) {
        error.textContent = result.waitSeconds
          ? t('unlock.wait', { seconds: result.waitSeconds })
          : t('unlock.wrongCode');
        return 'again';
      }
      onRecovered();
      return 'done';
    }, app.fail),
  );
  return details;
}

function newPasscodeForm(app: AppContext): HTMLElement {
  const passcode = h('input', { type: 'password', autocomplete: 'new-password' });
  const confirm = h('input', { type: 'password', autocomplete: 'new-password' });
  const error = errorBox();
  const form = h(
    'form',
    { class: 'teacher-form', novalidate: true },
    h('h2', {}, t('unlock.newPasscode')),
    field(t('unlock.newPasscodeLabel'), passcode, t('setup.passcodeHint')),
    field(t('setup.confirm'), confirm),
    error,
    h('button', { type: 'submit', class: 'primary' }, t('unlock.saveNew')),
  );
  form.addEventListener(
    'submit',
    saveOnce(async () => {
      const check = checkNewPasscode(passcode.value, confirm.value);
      if (!check.ok) {
        error.textContent = t(`setup.errors.${check.reason}`);
        return 'again';
      }
      const code = await app.lock.set(passcode.value);
      markUnlocked();
      form.replaceWith(recoveryCodeNotice(code, () => app.go({ name: 'teacher' })));
      return 'done';
    }, app.fail),
  );
  return form;
}

/**
 * Without the passcode or the recovery code nothing here deletes anything (a pupil can press
 * every button on this page): the school's IT admin resets the device in the browser instead.
 */
function resetByAdmin(): HTMLElement {
  return h(
    'details',
    { class: 'danger-zone' },
    h('summary', {}, t('unlock.forgotBoth')),
    h('p', {}, t('unlock.resetHow')),
    h('p', {}, t('unlock.resetWhat')),
  );
}
