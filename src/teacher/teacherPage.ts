/*
 * A page inside the teacher area: the shared frame, with a way back and a way to lock. Made
 * once the page's records are read, so it can say if any could not be.
 */
import type { AppContext } from '../app/appContext';
import { t } from '../app/i18n';
import { lockNow } from '../app/teacherSession';
import { h } from '../ui/dom';
import { teacherLayout } from './teacherLayout';
import { unreadableNotice } from './unreadableNotice';

export function teacherPage(
  app: AppContext,
  title: string,
  nav: { back?: () => void },
  body: (HTMLElement | null)[],
): HTMLElement {
  const back = nav.back
    ? h(
        'button',
        { type: 'button', class: 'secondary back-link', onclick: nav.back },
        `← ${t('teacher.backToClasses')}`,
      )
    : null;
  return teacherLayout(
    title,
    () => {
      lockNow();
      app.go({ name: 'title' });
    },
    back,
    unreadableNotice(app),
    ...body,
  );
}
