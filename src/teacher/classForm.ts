/*
 * Creating a class: a name, a key stage, and the pupils pasted one per line. Each pupil keeps a
 * first name and an initial only, and gets an animal picture nobody else in the class has.
 */
import type { AppContext } from '../app/appContext';
import { PACK_FOR_STAGE } from '../app/content';
import { t } from '../app/i18n';
import { assignAvatars } from '../domain/avatars';
import type { Stage } from '../domain/lessonPack';
import { parsePupilList } from '../domain/pupilList';
import { h } from '../ui/dom';
import { nameClashNotice } from './nameClashNotice';
import { errorBox, field, statusBox } from './teacherLayout';

const STAGES = ['EYFS', 'KS1', 'LKS2', 'UKS2'] as const;

/** The key stages a class can be, as a select with one chosen. */
export function stageSelect(selected: Stage): HTMLSelectElement {
  return h(
    'select',
    { name: 'stage' },
    ...STAGES.map((s) => h('option', { value: s, selected: s === selected }, t(`teacher.stages.${s}`))),
  );
}

export function classForm(app: AppContext, onCreated: (classId: string) => void): HTMLFormElement {
  const name = h('input', { type: 'text', name: 'className', required: true, maxlength: '60', autocomplete: 'off' });
  const stage = stageSelect('KS1');
  const pupils = h('textarea', { name: 'pupils', rows: '10', spellcheck: 'false' });
  const error = errorBox();
  const status = statusBox();
  const clashes = nameClashNotice(pupils, status, t('teacher.createClass'));
  const form = h(
    'form',
    { class: 'teacher-form', novalidate: true },
    field(t('teacher.className'), name),
    field(t('teacher.stage'), stage),
    field(t('teacher.pupils'), pupils, t('teacher.pupilsHint')),
    clashes.el,
    error,
    status,
    h('button', { type: 'submit', class: 'primary' }, t('teacher.createClass')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    if (!name.value.trim()) {
      error.textContent = t('teacher.errors.className');
      name.focus();
      return;
    }
    const list = parsePupilList(pupils.value);
    if (clashes.stops(list)) return;
    if (list.names.length === 0) {
      error.textContent = t('teacher.errors.noPupils');
      pupils.focus();
      return;
    }
    const avatars = assignAvatars([], list.names.length);
    try {
      const { klass } = await app.repos.createClass(
        {
          name: name.value.trim(),
          stage: stage.value as (typeof STAGES)[number],
          packId: PACK_FOR_STAGE[stage.value as Stage] ?? 'ks1-safe',
          trustedAdultsAtSchool: [],
        },
        list.names.map((displayName, i) => ({ displayName, avatar: avatars[i] ?? 'cat-face' })),
      );
      const notes = [t('teacher.created', { count: list.names.length })];
      if (list.repeated.length) notes.push(t('teacher.repeated', { names: list.repeated.join(', ') }));
      if (list.tooLong.length) notes.push(t('teacher.tooLong', { count: list.tooLong.length }));
      status.textContent = notes.join(' ');
      onCreated(klass.id);
    } catch (e) {
      app.fail(e);
    }
  });
  return form;
}
