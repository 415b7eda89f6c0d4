/*
 * A class's trusted adults at school: the names (and pictures) children pick from in the
 * promise ceremony and when signing. Names are kept as typed and always shown as text.
 */
import type { AppContext } from '../app/appContext';
import { t } from '../app/i18n';
import { type ClassRecord, DisplayName } from '../domain/records';
import { h, icon } from '../ui/dom';
import { errorBox, field } from './teacherLayout';

const PICTURES = [
  'woman-teacher',
  'man-teacher',
  'woman-office-worker',
  'man-office-worker',
  'health-worker',
  'woman',
  'man',
  'person',
] as const;
const MAX_ADULTS = 12;

export function trustedAdultsForm(app: AppContext, klass: ClassRecord, open = false): HTMLElement {
  const adults = [...klass.trustedAdultsAtSchool];
  const save = async () => {
    try {
      const saved = await app.repos.updateClass(klass.id, { trustedAdultsAtSchool: adults });
      const fresh = trustedAdultsForm(app, saved, true);
      details.replaceWith(fresh);
      fresh.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
    } catch (e) {
      app.fail(e);
    }
  };
  const list = adults.length
    ? h(
        'ul',
        { class: 'adult-list' },
        ...adults.map((adult, index) =>
          h(
            'li',
            {},
            icon(adult.icon, ''),
            h('span', {}, adult.name),
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                onclick: () => {
                  adults.splice(index, 1);
                  void save();
                },
              },
              t('teacher.adults.remove', { name: adult.name }),
            ),
          ),
        ),
      )
    : h('p', {}, t('teacher.adults.none'));
  const name = h('input', { type: 'text', maxlength: '40', autocomplete: 'off' });
  const pictures = h(
    'fieldset',
    { class: 'picture-choice' },
    h('legend', {}, t('teacher.adults.picture')),
    ...PICTURES.map((picture, i) =>
      h(
        'label',
        {},
        h('input', { type: 'radio', name: `adult-picture-${klass.id}`, value: picture, checked: i === 0 }),
        icon(picture, ''),
        h('span', {}, t(`teacher.adults.pictures.${picture}`)),
      ),
    ),
  );
  const error = errorBox();
  const form = h(
    'form',
    { class: 'teacher-form adults-form', novalidate: true },
    field(t('teacher.adults.name'), name),
    pictures,
    error,
    h('button', { type: 'submit', class: 'primary' }, t('teacher.adults.add')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = DisplayName.safeParse(name.value);
    if (!parsed.success) {
      error.textContent = t('teacher.adults.errors.name');
      name.focus();
      return;
    }
    if (adults.length >= MAX_ADULTS) {
      error.textContent = t('teacher.adults.errors.full');
      return;
    }
    const picked = pictures.querySelector<HTMLInputElement>('input:checked')?.value ?? 'person';
    adults.push({ name: parsed.data, icon: picked });
    void save();
  });
  const details = h(
    'details',
    { class: 'trusted-adults', open },
    h('summary', {}, `${t('teacher.adults.title')} (${adults.length})`),
    h('p', { class: 'field-hint' }, t('teacher.adults.hint')),
    list,
    form,
  );
  return details;
}
