/* The frame of the teacher area: the grown-ups' frame (src/ui/adultLayout) with "Lock and leave". */
import { t } from '../app/i18n';
import { adultLayout } from '../ui/adultLayout';

export { errorBox, field, statusBox } from '../ui/adultLayout';

export function teacherLayout(title: string, onExit: () => void, ...body: (HTMLElement | null)[]): HTMLElement {
  return adultLayout(title, { label: t('teacher.exit'), onExit }, ...body);
}
