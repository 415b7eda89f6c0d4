/*
 * The teacher's first page: the classes on this device with their pupils, and adding a class.
 * (Progress, exports and the school's own wording come with the full teacher area.)
 */
import type { AppContext } from '../app/appContext';
import { t } from '../app/i18n';
import { isUnlocked, lockNow } from '../app/teacherSession';
import { h, icon } from '../ui/dom';
import { backupPanel } from './backupPanel';
import { classForm } from './classForm';
import { settingsForm } from './settingsForm';
import { teacherLayout } from './teacherLayout';
import { trustedAdultsForm } from './trustedAdultsForm';

export async function teacherHome(app: AppContext): Promise<HTMLElement> {
  if (!isUnlocked()) {
    app.go({ name: 'unlock' });
    return h('div');
  }
  const classes = await app.repos.listClasses();
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
    ...sections,
    addDetails,
    backupPanel(app),
    settingsForm(app),
  );
}
