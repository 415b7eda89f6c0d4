/*
 * The device's settings, for the teacher: language, narration, the dyslexia-friendly font,
 * reduced motion, single-switch scanning and whether pupils may sign before finishing.
 * They apply at once to every screen, and are kept in IndexedDB with the rest.
 */
import type { AppContext } from '../app/appContext';
import { applySettings } from '../app/applySettings';
import { LANGUAGES, languageName } from '../app/content';
import { switchLanguage, t } from '../app/i18n';
import { creditsList, creditsTitle } from '../ui/credits';
import { h } from '../ui/dom';
import { saveOnce } from '../ui/saveOnce';
import { field, statusBox } from './teacherLayout';

// 0.5 s is for practised switch users (and the fastest the settings record accepts).
const SPEEDS = [500, 800, 1200, 2000, 3000, 4500] as const;
const RATES = [0.8, 0.9, 1, 1.1, 1.2] as const;
const IDLE_MINUTES = [2, 5, 10, 15, 30] as const;

export function settingsForm(app: AppContext): HTMLElement {
  const s = app.settings;
  const checkbox = (name: string, checked: boolean, label: string) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name, checked }), h('span', {}, label));
  const language = h(
    'select',
    { name: 'language' },
    ...LANGUAGES.map((lang) => h('option', { value: lang, selected: lang === s.language }, languageName(lang))),
  );
  const speed = h(
    'select',
    { name: 'scanIntervalMs' },
    ...SPEEDS.map((ms) =>
      h('option', { value: String(ms), selected: ms === s.scanIntervalMs }, t(`teacher.settings.speeds.${ms}`)),
    ),
  );
  const rate = h(
    'select',
    { name: 'narrationRate' },
    ...RATES.map((r) =>
      h(
        'option',
        { value: String(r), selected: r === s.narrationRate },
        t(`teacher.settings.rates.${Math.round(r * 10)}` as 'teacher.settings.rates.10'),
      ),
    ),
  );
  const voice = h(
    'select',
    { name: 'narrationVoice' },
    ...(['recorded', 'device'] as const).map((v) =>
      h('option', { value: v, selected: v === s.narrationVoice }, t(`teacher.settings.voices.${v}`)),
    ),
  );
  const idle = h(
    'select',
    { name: 'teacherIdleMinutes' },
    ...IDLE_MINUTES.map((n) =>
      h('option', { value: String(n), selected: n === s.teacherIdleMinutes }, t('teacher.settings.minutes', { n })),
    ),
  );
  const contact = h('textarea', { name: 'schoolContact', rows: '2', maxlength: '300' });
  contact.value = s.schoolContact;
  const status = statusBox();
  const form = h(
    'form',
    { class: 'teacher-form settings-form', novalidate: true },
    field(t('teacher.settings.language'), language),
    checkbox('narration', s.narration, t('teacher.settings.narration')),
    field(t('teacher.settings.voice'), voice),
    field(t('teacher.settings.rate'), rate),
    checkbox('dyslexiaFont', s.dyslexiaFont, t('teacher.settings.dyslexiaFont')),
    checkbox('reducedMotion', s.reducedMotion, t('teacher.settings.reducedMotion')),
    checkbox('sounds', s.sounds, t('teacher.settings.sounds')),
    checkbox('switchScanning', s.switchScanning, t('teacher.settings.switchScanning')),
    field(t('teacher.settings.scanInterval'), speed),
    checkbox('signBeforeFinishing', s.signBeforeFinishing, t('teacher.settings.signBeforeFinishing')),
    field(t('teacher.settings.schoolContact'), contact),
    field(t('teacher.settings.idle'), idle),
    status,
    h('button', { type: 'submit', class: 'primary' }, t('teacher.settings.save')),
  );
  const checked = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).checked;
  form.addEventListener(
    'submit',
    saveOnce(async () => {
      app.settings = await app.repos.updateSettings({
        language: language.value,
        narration: checked('narration'),
        narrationRate: Number(rate.value),
        narrationVoice: voice.value === 'device' ? 'device' : 'recorded',
        dyslexiaFont: checked('dyslexiaFont'),
        reducedMotion: checked('reducedMotion'),
        sounds: checked('sounds'),
        switchScanning: checked('switchScanning'),
        scanIntervalMs: Number(speed.value),
        signBeforeFinishing: checked('signBeforeFinishing'),
        schoolContact: contact.value,
        teacherIdleMinutes: Number(idle.value),
      });
      applySettings(app.settings);
      await switchLanguage(app.settings.language);
      status.textContent = t('teacher.settings.saved');
      return 'again';
    }, app.fail),
  );
  return h(
    'div',
    {},
    h('details', { class: 'settings' }, h('summary', {}, t('teacher.settings.title')), form),
    credits(),
  );
}

/** Who made the pictures, fonts and voices, and under which licence (also in the privacy notice). */
function credits(): HTMLElement {
  return h('details', { class: 'settings credits' }, h('summary', {}, creditsTitle()), creditsList());
}
