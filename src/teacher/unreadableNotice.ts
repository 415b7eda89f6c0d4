/*
 * Rows damaged outside the app (by another program, a disk fault) are skipped when read and
 * never rewritten; the teacher is told how many, so nothing disappears without a word.
 */
import type { AppContext } from '../app/appContext';
import { t } from '../app/i18n';
import { h } from '../ui/dom';

export function unreadableNotice(app: AppContext): HTMLElement | null {
  const count = app.repos.unreadable.size;
  return count ? h('p', { class: 'unreadable-notice', role: 'status' }, t('teacher.unreadable', { count })) : null;
}
