/*
 * The teacher's first page: the classes on this device with their pupils, and adding a class.
 * (Progress, exports and the school's own wording come with the full teacher area.)
 */

import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { lessonPack, loadNamespace, PACK_IDS } from '../app/content';
import { packText, t } from '../app/i18n';
import { isUnlocked, lockNow } from '../app/teacherSession';
import { h, icon } from '../ui/dom';
import { backupPanel } from './backupPanel';
import { classForm } from './classForm';
import { confirmByTyping } from './confirmByTyping';
import { settingsForm } from './settingsForm';
import { teacherLayout } from './teacherLayout';
import { trustedAdultsForm } from './trustedAdultsForm';
import { unreadableNotice } from './unreadableNotice';

/** Each built-in agreement, with a way to use the school's own words for it. */
async function wordingSection(app: AppContext): Promise<HTMLElement> {
  // Only each pack's words, for its title: its scenarios (about 190 files for the three packs)
  // come when a class plays or a teacher edits it.
  await Promise.all(PACK_IDS.map((id) => loadNamespace(i18next.language, id)));
  return h(
    'section',
    { class: 'dash-section' },
    h('h2', {}, t('teacher.wording.section')),
    h('p', {}, t('teacher.wording.intro')),
    h(
      'div',
      { class: 'button-row' },
      ...PACK_IDS.map((packId) =>
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => app.go({ name: 'wording', packId }) },
          t('teacher.wording.edit', { pack: packText(packId, 'pack.title') }),
        ),
      ),
    ),
  );
}

export async function teacherHome(app: AppContext): Promise<HTMLElement> {
  if (!isUnlocked()) {
    app.go({ name: 'unlock' });
    return h('div');
  }
  const classes = await app.repos.listClasses();
  // A teacher here opens a class next: its pack loads now, while this page is read, so the
  // dashboard waits only for the class's records.
  for (const packId of new Set(classes.map((c) => c.packId))) lessonPack(packId).catch(() => undefined);
  const sections = await Promise.all(
    classes.map(async (c) => {
      const pupils = await app.repos.listPupils(c.id);
      return h(
        'section',
        { class: 'class-card', 'aria-labelledby': `class-${c.id}` },
        h('h2', { id: `class-${c.id}` }, c.name),
        h('p', {}, t('teacher.classSummary', { stage: t(`teacher.stages.${c.stage}`), count: pupils.length })),
        h(
          'button',
          { type: 'button', class: 'primary', onclick: () => app.go({ name: 'class', classId: c.id }) },
          t('teacher.open', { name: c.name }),
        ),
        h(
          'ul',
          { class: 'pupil-list' },
          ...pupils.map((p) => h('li', {}, icon(p.avatar, ''), h('span', {}, p.displayName))),
        ),
        trustedAdultsForm(app, c),
      );
    }),
  );
  const addDetails = h(
    'details',
    { class: 'add-class' },
    h('summary', {}, t('teacher.addClass')),
    classForm(app, () => app.go({ name: 'teacher' })),
  );
  return teacherLayout(
    t('teacher.title'),
    () => {
      lockNow();
      app.go({ name: 'title' });
    },
    unreadableNotice(app),
    ...sections,
    addDetails,
    await wordingSection(app),
    h(
      'div',
      { class: 'button-row' },
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => app.go({ name: 'workshop' }) },
        t('workshop.open'),
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => app.go({ name: 'privacy', back: { name: 'teacher' } }) },
        t('title.privacy'),
      ),
    ),
    backupPanel(app),
    settingsForm(app),
    confirmByTyping({
      summary: t('teacher.endOfYear.title'),
      warning: t('teacher.endOfYear.warning'),
      label: t('teacher.endOfYear.type'),
      expected: t('teacher.endOfYear.word'),
      button: t('teacher.endOfYear.button'),
      mismatch: t('teacher.endOfYear.mismatch'),
      onConfirm: async () => {
        await app.repos.wipeEverything();
        lockNow();
        location.reload();
      },
    }),
  );
}
