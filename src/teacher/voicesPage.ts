/*
 * A class's own voices, for a pack and language: how many of its lines are recorded, the way
 * into the recording session, saving them as one voice pack file, and adding a file another
 * teacher shared. A file is shown first ("41 lines for SAFE online, Cymraeg, recorded by …")
 * and added in one transaction; one that is damaged, hostile, too large or for another pack or
 * language is refused with the reason and changes nothing.
 */
import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { LANGUAGES, languageName, lessonPack, loadNamespace, PACK_FOR_STAGE, PACK_IDS } from '../app/content';
import { packText, t } from '../app/i18n';
import { fromBase64 } from '../domain/base64';
import { localDate } from '../domain/localDate';
import {
  planVoicePack,
  readVoicePackText,
  VOICE_PACK_MAX_BYTES,
  type VoicePack,
  type VoicePackProblem,
  writeVoicePack,
} from '../domain/voicePack';
import { StorageError } from '../storage/storageError';
import { h } from '../ui/dom';
import { download } from '../ui/download';
import { saveOnce } from '../ui/saveOnce';
import { errorBox, field, statusBox } from './teacherLayout';
import { teacherPage } from './teacherPage';
import { lineHashOf, linesToRecord, recordedCount } from './voiceLines';

export async function voicesPage(
  app: AppContext,
  classId: string,
  chosenPack?: string,
  chosenLang?: string,
): Promise<HTMLElement> {
  const klass = await app.repos.getClass(classId);
  if (!klass) {
    app.go({ name: 'teacher' });
    return h('div');
  }
  const packId = chosenPack && PACK_IDS.includes(chosenPack) ? chosenPack : klass.packId || PACK_FOR_STAGE[klass.stage];
  const lang = chosenLang && LANGUAGES.includes(chosenLang) ? chosenLang : i18next.language;
  // Every pack's title in the words on screen, for the pack list and the messages.
  await Promise.all(PACK_IDS.map((id) => lessonPack(id).then(() => loadNamespace(i18next.language, id))));
  const title = (id: string) => packText(id, 'pack.title');
  const here = await linesToRecord(app, classId, packId, lang);
  const done = recordedCount(here);
  const total = here.lines.length;

  const packSelect = h(
    'select',
    {
      onchange: (e: Event) => app.go({ name: 'voices', classId, packId: (e.target as HTMLSelectElement).value, lang }),
    },
    ...PACK_IDS.map((id) => h('option', { value: id, selected: id === packId }, title(id))),
  );
  const langSelect = h(
    'select',
    {
      onchange: (e: Event) => app.go({ name: 'voices', classId, packId, lang: (e.target as HTMLSelectElement).value }),
    },
    ...LANGUAGES.map((l) => h('option', { value: l, selected: l === lang }, languageName(l))),
  );
  const progress = h('p', { class: 'voices-progress', role: 'status' }, t('teacher.voices.progress', { done, total }));
  const start = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => app.go({ name: 'voiceSession', classId, packId, lang }) },
    done === 0 ? t('teacher.voices.start') : done < total ? t('teacher.voices.carryOn') : t('teacher.voices.again'),
  );

  const section = (heading: string, ...body: (HTMLElement | null)[]) =>
    h('section', { class: 'dash-section' }, h('h2', {}, heading), ...body);

  return teacherPage(app, t('teacher.voices.title', { name: klass.name }), {}, [
    h(
      'button',
      { type: 'button', class: 'secondary back-link', onclick: () => app.go({ name: 'class', classId }) },
      `← ${t('teacher.voices.back', { name: klass.name })}`,
    ),
    h('p', { class: 'field-hint' }, t('teacher.voices.why')),
    h(
      'div',
      { class: 'teacher-form voices-choice' },
      field(t('teacher.voices.pack'), packSelect),
      field(t('teacher.voices.language'), langSelect),
    ),
    progress,
    start,
    section(t('teacher.voices.shareTitle'), exportForm(app, classId, packId, lang)),
    section(
      t('teacher.voices.importTitle'),
      importForm(app, { classId, className: klass.name, packId, lang, title, progress }),
    ),
  ]);
}

function exportForm(app: AppContext, classId: string, packId: string, lang: string): HTMLElement {
  const recordedBy = h('input', { type: 'text', maxlength: '80', autocomplete: 'name' });
  const status = statusBox();
  const error = errorBox();
  const form = h(
    'form',
    { class: 'teacher-form', novalidate: true },
    h('p', { class: 'field-hint' }, t('teacher.voices.shareWhy')),
    field(t('teacher.voices.recordedBy'), recordedBy),
    h('button', { type: 'submit', class: 'primary' }, t('teacher.voices.export')),
    status,
    error,
  );
  form.addEventListener(
    'submit',
    saveOnce(
      async () => {
        status.textContent = error.textContent = '';
        // Read again: a session in another tab may have added lines since this page was drawn.
        const { lines, recorded } = await linesToRecord(app, classId, packId, lang, 'pack');
        const mine = lines.flatMap((line) => {
          const recording = recorded.get(lineHashOf(line));
          return recording ? [{ line, recording }] : [];
        });
        if (!mine.length) {
          error.textContent = t('teacher.voices.nothingToShare');
          return 'again';
        }
        const file = writeVoicePack({
          packId,
          lang,
          // Control characters would make the file unreadable elsewhere; a name never needs them.
          recordedBy: recordedBy.value.replace(/[\p{Cc}\p{Cf}]/gu, ''),
          exportedAt: new Date().toISOString(),
          lines: await Promise.all(
            mine.map(async ({ line, recording }) => ({
              ...line,
              mime: recording.mime,
              audio: new Uint8Array(await recording.audio.arrayBuffer()),
            })),
          ),
        });
        download(`voice-pack-${packId}-${lang}-${localDate()}.json`, JSON.stringify(file), 'application/json');
        status.textContent = t('teacher.voices.exported', { count: file.lines.length });
        return 'again';
      },
      (e) => app.fail(e),
    ),
  );
  return form;
}

function importForm(
  app: AppContext,
  where: {
    classId: string;
    className: string;
    packId: string;
    lang: string;
    title: (packId: string) => string;
    progress: HTMLElement;
  },
): HTMLElement {
  const { classId, className, packId, lang, title } = where;
  const file = h('input', { type: 'file', accept: '.json,application/json' });
  const problem = errorBox();
  const preview = h('div', { class: 'import-preview', role: 'status' });

  const refuse = (name: string, why: VoicePackProblem, other?: { packId?: string; lang?: string }) => {
    problem.textContent = t(`teacher.voices.problems.${why}`, {
      file: name,
      pack: other?.packId && PACK_IDS.includes(other.packId) ? title(other.packId) : '',
      language: other?.lang ? languageName(other.lang) : '',
    });
  };

  const show = async (voicePack: VoicePack) => {
    // Every line of the pack: a file made for an upper-KS2 class may go to a lower-KS2 one.
    const { lines, recorded } = await linesToRecord(app, classId, packId, lang, 'pack');
    const plan = planVoicePack(voicePack, lines, new Set(recorded.keys()));
    const summary = {
      count: voicePack.lines.length,
      pack: title(voicePack.packId),
      language: languageName(voicePack.lang),
      name: voicePack.recordedBy,
    };
    const apply = h('button', { type: 'button', class: 'primary' }, t('teacher.voices.apply'));
    apply.addEventListener(
      'click',
      saveOnce(
        async () => {
          problem.textContent = '';
          try {
            await app.repos.saveRecordings(
              plan.add.map((line) => ({
                classId,
                lang,
                lineHash: line.lineHash,
                text: line.words,
                mime: line.mime,
                audio: new Blob([fromBase64(line.audioBase64) as BlobPart], { type: line.mime }),
              })),
            );
          } catch (e) {
            // One transaction: a full device adds none of them, and the preview stays to try again.
            if (!(e instanceof StorageError && e.kind === 'full')) throw e;
            problem.textContent = t('teacher.voices.full');
            return 'again';
          }
          preview.replaceChildren(h('p', {}, t('teacher.voices.applied', { count: plan.add.length, name: className })));
          file.value = '';
          const now = await linesToRecord(app, classId, packId, lang);
          where.progress.textContent = t('teacher.voices.progress', {
            done: recordedCount(now),
            total: now.lines.length,
          });
          return 'done';
        },
        (e) => app.fail(e),
      ),
    );
    preview.replaceChildren(
      h(
        'p',
        { class: 'voice-pack-summary' },
        summary.name ? t('teacher.voices.preview', summary) : t('teacher.voices.previewNoName', summary),
      ),
      plan.replaces ? h('p', {}, t('teacher.voices.replaces', { count: plan.replaces })) : '',
      plan.changed ? h('p', {}, t('teacher.voices.changed', { count: plan.changed })) : '',
      plan.add.length ? apply : h('p', {}, t('teacher.voices.nothingToAdd')),
    );
  };

  const load = async () => {
    problem.textContent = '';
    preview.replaceChildren();
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (chosen.size > VOICE_PACK_MAX_BYTES) return refuse(chosen.name, 'too-big');
    const read = readVoicePackText(await chosen.text(), {
      packIds: new Set(PACK_IDS),
      langs: new Set(LANGUAGES),
      packId,
      lang,
    });
    if (!read.ok) return refuse(chosen.name, read.problem, read);
    await show(read.voicePack);
  };
  file.addEventListener('change', () => load().catch((e) => app.fail(e)));
  return h(
    'div',
    { class: 'teacher-form' },
    h('p', { class: 'field-hint' }, t('teacher.voices.importWhy')),
    field(t('teacher.voices.choose'), file),
    problem,
    preview,
  );
}
