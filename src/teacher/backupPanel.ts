/*
 * Backing up this device, and bringing other devices' backups in. An import is shown as a
 * plan first (what will be added, what is already here, which pupils match) and applied in
 * one transaction; a file that is not a sound backup is refused by name and changes nothing.
 */
import type { AppContext } from '../app/appContext';
import { lockBackup, unlockBackup } from '../app/backupLock';
import { PACK_IDS } from '../app/content';
import { t } from '../app/i18n';
import {
  BACKUP_MAX_BYTES,
  type Backup,
  type BackupProblem,
  type LockedBackup,
  type MergePlan,
  planAdds,
  planMerge,
  readBackupText,
} from '../domain/backup';
import { localDate } from '../domain/localDate';
import { StorageError } from '../storage/storageError';
import { h } from '../ui/dom';
import { download } from '../ui/download';
import { saveOnce } from '../ui/saveOnce';
import { errorBox, field } from './teacherLayout';

const MIN_PASSPHRASE = 8;

function exportForm(app: AppContext): HTMLElement {
  const passphrase = h('input', { type: 'password', autocomplete: 'new-password' });
  const error = errorBox();
  const form = h(
    'form',
    { class: 'teacher-form', novalidate: true },
    field(t('teacher.backup.passphrase'), passphrase),
    error,
    h('button', { type: 'submit', class: 'primary' }, t('teacher.backup.export')),
  );
  form.addEventListener(
    'submit',
    saveOnce(
      async () => {
        const secret = passphrase.value;
        if (secret && secret.length < MIN_PASSPHRASE) {
          error.textContent = t('teacher.backup.passphraseShort');
          return 'again';
        }
        error.textContent = '';
        const json = JSON.stringify(await app.repos.backup());
        const text = secret ? JSON.stringify(await lockBackup(json, secret)) : json;
        download(`stay-safe-backup-${localDate()}.json`, text, 'application/json');
        return 'again';
      },
      (e) => app.fail(e),
    ),
  );
  return form;
}

function importForm(app: AppContext): HTMLElement {
  const files = h('input', { type: 'file', accept: '.json,application/json', multiple: true });
  const passphrase = h('input', { type: 'password', autocomplete: 'off' });
  const passphraseField = field(t('teacher.backup.unlock'), passphrase);
  passphraseField.hidden = true;
  const problems = h('ul', { class: 'form-error', role: 'alert' });
  const preview = h('div', { class: 'import-preview', role: 'status' });
  const read = h('button', { type: 'button', class: 'secondary', hidden: true }, t('teacher.backup.open'));
  let backups: Backup[] = [];

  const show = (plan: MergePlan, merge: boolean) => {
    const adds = planAdds(plan);
    const mergeBox = h('input', { type: 'checkbox', checked: merge });
    mergeBox.addEventListener('change', () => void planAndShow(mergeBox.checked));
    const apply = h('button', { type: 'button', class: 'primary' }, t('teacher.backup.apply'));
    apply.addEventListener(
      'click',
      saveOnce(
        async () => {
          problems.replaceChildren();
          performance.mark('apply-start');
          try {
            await app.repos.applyMerge(plan);
            performance.measure('import-applied', 'apply-start');
          } catch (e) {
            // A full device refuses the whole import (one transaction); the plan stays to try again.
            if (!(e instanceof StorageError && e.kind === 'full')) throw e;
            problems.append(h('li', {}, t('teacher.backup.full')));
            return 'again';
          }
          preview.replaceChildren(h('p', {}, t('teacher.backup.applied')));
          backups = [];
          files.value = '';
          return 'done';
        },
        (e) => app.fail(e),
      ),
    );
    preview.replaceChildren(
      h(
        'div',
        {},
        h('p', {}, t('teacher.backup.preview')),
        h(
          'p',
          {},
          t('teacher.backup.adds', {
            classes: plan.classes.length,
            pupils: plan.pupils.length,
            attempts: plan.attempts.length,
            acks: plan.acknowledgements.length,
          }),
        ),
        h(
          'p',
          {},
          t('teacher.backup.already', {
            pupils: plan.alreadyHere.pupils,
            attempts: plan.alreadyHere.attempts,
            acks: plan.alreadyHere.acknowledgements,
          }),
        ),
        plan.pupilMatches.length
          ? h(
              'div',
              {},
              h('p', {}, t('teacher.backup.matches', { count: plan.pupilMatches.length })),
              h('label', { class: 'check' }, mergeBox, h('span', {}, t('teacher.backup.merge'))),
            )
          : null,
        adds ? apply : h('p', {}, t('teacher.backup.nothing')),
      ),
    );
  };

  const planAndShow = async (merge = true) => {
    if (!backups.length) return;
    const plan = planMerge({ ...(await app.repos.deviceRecords()), packIds: new Set(PACK_IDS) }, backups, merge);
    if (plan.unknownPacks.length) {
      // A class or wording for a pack this device does not have could never be played: none of it comes in.
      preview.replaceChildren();
      problems.replaceChildren(h('li', {}, t('teacher.backup.unknownPack', { packs: plan.unknownPacks.join(', ') })));
      return;
    }
    show(plan, merge);
    // User Timing only (stays in the page): `npm run bench` reads these.
    performance.measure('import-planned', 'import-start');
  };

  const load = async () => {
    performance.mark('import-start');
    problems.replaceChildren();
    preview.replaceChildren();
    backups = [];
    const locked: { name: string; locked: LockedBackup }[] = [];
    const refuse = (file: string, problem: BackupProblem) =>
      problems.append(h('li', {}, t(`teacher.backup.problems.${problem}`, { file })));
    for (const file of files.files ?? []) {
      if (file.size > BACKUP_MAX_BYTES) {
        refuse(file.name, 'too-big');
        continue;
      }
      // One file at a time, letting the page paint between them: no long freeze while importing.
      await new Promise((resolve) => setTimeout(resolve));
      const result = readBackupText(await file.text());
      if (!result.ok) refuse(file.name, result.problem);
      else if ('locked' in result) locked.push({ name: file.name, locked: result.locked });
      else backups.push(result.backup);
    }
    passphraseField.hidden = read.hidden = locked.length === 0;
    if (locked.length && passphrase.value) {
      for (const file of locked) {
        const text = await unlockBackup(file.locked, passphrase.value);
        const result = text === null ? null : readBackupText(text);
        if (!result) refuse(file.name, 'wrong-passphrase');
        else if (!result.ok) refuse(file.name, result.problem);
        else if ('backup' in result) backups.push(result.backup);
      }
    }
    await planAndShow();
  };
  const loadSafely = () => load().catch((e) => app.fail(e));
  files.addEventListener('change', loadSafely);
  read.addEventListener('click', loadSafely);
  return h(
    'div',
    { class: 'teacher-form' },
    field(t('teacher.backup.choose'), files),
    passphraseField,
    read,
    problems,
    preview,
  );
}

export function backupPanel(app: AppContext): HTMLElement {
  return h(
    'details',
    { class: 'backup' },
    h('summary', {}, t('teacher.backup.title')),
    exportForm(app),
    h('h3', {}, t('teacher.backup.import')),
    importForm(app),
  );
}
