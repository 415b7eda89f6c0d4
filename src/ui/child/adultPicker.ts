/*
 * Picking trusted adults by picture: toggle buttons (aria-pressed), so a tap, a key or a
 * switch picks them and a screen reader says which are picked. The words shown are what is
 * kept in the record, so a teacher reads exactly what the child chose.
 */
import { t } from '../../app/i18n';
import type { Spoken } from '../../audio/spoken';
import { HOME_ADULTS } from '../../domain/agreement';
import type { ClassRecord } from '../../domain/records';
import { h, icon } from '../dom';
import { common, nameSaid } from '../spokenLines';

export interface AdultOption {
  /** Stays the same in every language (a draft keeps it). */
  key: string;
  label: string;
  icon: string;
  /** What is heard on focus: the words' own line, or a name the teacher typed. */
  heard: Spoken;
}

export function schoolAdults(klass: Pick<ClassRecord, 'trustedAdultsAtSchool'>): AdultOption[] {
  return klass.trustedAdultsAtSchool.length
    ? klass.trustedAdultsAtSchool.map((a) => ({ key: a.name, label: a.name, icon: a.icon, heard: nameSaid(a.name) }))
    : [
        {
          key: 'my-teacher',
          label: t('ceremony.myTeacher'),
          icon: 'woman-teacher',
          heard: [common('ceremony.myTeacher')],
        },
      ];
}

export function homeAdults(): AdultOption[] {
  return HOME_ADULTS.map((a) => ({
    key: a.id,
    label: t(`adults.${a.id}`),
    icon: a.icon,
    heard: [common(`adults.${a.id}`)],
  }));
}

export function adultPicker(
  heading: string,
  options: AdultOption[],
  chosen: Set<string>,
  hear: (spoken: Spoken) => void,
  onChange: () => void = () => {},
): HTMLElement {
  const buttons = options.map((option) =>
    h(
      'button',
      {
        type: 'button',
        class: 'choice-card adult',
        'aria-pressed': String(chosen.has(option.label)),
        onfocus: () => hear(option.heard),
        onclick: (e: Event) => {
          const button = e.currentTarget as HTMLButtonElement;
          if (chosen.has(option.label)) chosen.delete(option.label);
          else chosen.add(option.label);
          button.setAttribute('aria-pressed', String(chosen.has(option.label)));
          onChange();
        },
      },
      icon(option.icon, '', 'icon big'),
      h('span', { class: 'choice-label' }, option.label),
    ),
  );
  return h('div', { class: 'choices adults', role: 'group', 'aria-label': heading }, ...buttons);
}
