/* The teacher area's door: the passcode, with a growing wait after wrong guesses. */
import type { AppContext } from '../app/appContext';
import { t } from '../app/i18n';
import { markUnlocked } from '../app/teacherSession';
import { checkNewPasscode } from '../domain/passcodePolicy';
import { h } from '../ui/dom';
import { confirmByTyping } from './confirmByTyping';
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
  const page = teacherLayout(t('unlock.title'), () => app.go({ name: 'title' }), form);
  const body = page.querySelector('.teacher-body') as HTMLElement;
  body.append(
    recovery(app, () => {
      body.replaceChildren(newPasscodeForm(app));
      body.querySelector('input')?.focus();
    }),
    wipe(app),
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
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = await app.lock.recover(code.value);
    code.value = '';
    if (!result.ok) {
      error.textContent = result.waitSeconds
        ? t('unlock.wait', { seconds: result.waitSeconds })
        : t('unlock.wrongCode');
      return;
    }
    onRecovered();
  });
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
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const check = checkNewPasscode(passcode.value, confirm.value);
    if (!check.ok) {
      error.textContent = t(`setup.errors.${check.reason}`);
      return;
    }
    const code = await app.lock.set(passcode.value);
    markUnlocked();
    form.replaceWith(recoveryCodeNotice(code, () => app.go({ name: 'teacher' })));
  });
  return form;
}

/** Without passcode and recovery code, the records can only be wiped, never read. */
function wipe(app: AppContext): HTMLElement {
  return confirmByTyping({
    summary: t('unlock.forgotBoth'),
    warning: t('unlock.wipeWarning'),
    label: t('unlock.wipeType'),
    expected: t('unlock.wipeWord'),
    button: t('unlock.wipe'),
    mismatch: t('unlock.wipeMismatch'),
    onConfirm: async () => {
      await app.repos.wipeEverything();
      location.reload();
    },
  });
}
