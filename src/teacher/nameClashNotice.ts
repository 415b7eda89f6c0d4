/*
 * When pasted names would be kept as one pupil's name, the form shows which lines clash and a
 * name for each that tells them apart, with a button that puts those names in the list. The
 * save waits until nothing clashes, so two children are never merged without the teacher
 * seeing it.
 */
import i18next from 'i18next';
import { t } from '../app/i18n';
import type { PupilListResult } from '../domain/pupilList';
import { h } from '../ui/dom';

const quoted = (names: readonly string[]) =>
  new Intl.ListFormat(i18next.language, { type: 'conjunction' }).format(names.map((n) => `“${n}”`));

export interface NameClashNotice {
  el: HTMLElement;
  /** Shows the clashes in `list` (true) or clears the notice when there are none (false). */
  stops(list: PupilListResult): boolean;
}

/** `pupils` is the list the names were pasted in; `button` the words on the form's save button. */
export function nameClashNotice(pupils: HTMLTextAreaElement, status: HTMLElement, button: string): NameClashNotice {
  const el = h('div', { class: 'name-clashes', role: 'alert' });
  return {
    el,
    stops(list) {
      el.replaceChildren();
      if (list.clashes.length === 0) return false;
      const use = () => {
        pupils.value = list.suggestedText;
        el.replaceChildren();
        status.textContent = t('teacher.nameClash.used', { button });
        pupils.focus();
      };
      el.append(
        h('p', {}, t('teacher.nameClash.intro')),
        h(
          'ul',
          {},
          ...list.clashes.map((clash) =>
            h(
              'li',
              {},
              [
                t(clash.lines.length > 1 ? 'teacher.nameClash.sameName' : 'teacher.nameClash.oneName', {
                  lines: quoted(clash.lines),
                  name: clash.name,
                }),
                clash.inClass ? t('teacher.nameClash.inClass') : '',
                t('teacher.nameClash.suggest', { names: clash.suggestions.join(', ') }),
              ]
                .filter(Boolean)
                .join(' '),
            ),
          ),
        ),
        h('button', { type: 'button', class: 'secondary', onclick: use }, t('teacher.nameClash.use')),
      );
      pupils.focus();
      return true;
    },
  };
}
