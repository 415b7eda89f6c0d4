/*
 * Picking trusted adults by picture: toggle buttons (aria-pressed), so a tap, a key or a
 * switch picks them and a screen reader says which are picked. The words shown are what is
 * kept in the record, so a teacher reads exactly what the child chose.
 */
import { t } from '../../app/i18n';
import { HOME_ADULTS } from '../../domain/agreement';
import type { ClassRecord } from '../../domain/records';
import { h, icon } from '../dom';

export interface AdultOption {
  label: string;
  icon: string;
}

export function schoolAdults(klass: ClassRecord): AdultOption[] {
  return klass.trustedAdultsAtSchool.length
    ? klass.trustedAdultsAtSchool.map((a) => ({ label: a.name, icon: a.icon }))
    : [{ label: t('ceremony.myTeacher'), icon: 'woman-teacher' }];
}

export function homeAdults(): AdultOption[] {
  return HOME_ADULTS.map((a) => ({ label: t(`adults.${a.id}`), icon: a.icon }));
}

export function adultPicker(
  heading: string,
  options: AdultOption[],
  chosen: Set<string>,
  hear: (line: string) => void,
): HTMLElement {
  const buttons = options.map((option) =>
    h(
      'button',
      {
        type: 'button',
        class: 'choice-card adult',
        'aria-pressed': String(chosen.has(option.label)),
        onfocus: () => hear(option.label),
        onclick: (e: Event) => {
          const button = e.currentTarget as HTMLButtonElement;
          if (chosen.has(option.label)) chosen.delete(option.label);
          else chosen.add(option.label);
          button.setAttribute('aria-pressed', String(chosen.has(option.label)));
        },
      },
      icon(option.icon, '', 'icon big'),
      h('span', { class: 'choice-label' }, option.label),
    ),
  );
  return h('div', { class: 'choices adults', role: 'group', 'aria-label': heading }, ...buttons);
}
