/*
 * A teacher records their own voice for any line a child hears (microphone, MediaRecorder).
 * The recording stays on this device, goes into backups, and is heard instead of the app's
 * narration by this class's children. Recording a line again replaces it.
 */
import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { packText, t } from '../app/i18n';
import type { LessonPack } from '../domain/lessonPack';
import { scenarioKeys } from '../domain/questions';
import type { ClassRecord, VoiceRecording } from '../domain/records';
import { narrationFileName } from '../domain/sha256';
import { h } from '../ui/dom';
import { whenScreenChanges } from '../ui/screenChange';
import { errorBox, field, statusBox } from './teacherLayout';

function linesOf(pack: LessonPack): string[] {
  const id = pack.manifest.id;
  const lines = [
    ...pack.manifest.agreement.promises.flatMap((p) => [`promises.${p.id}.text`]),
    ...pack.scenarios.flatMap((s) => scenarioKeys(s).filter((k) => !k.startsWith('common:'))),
  ].map((key) => packText(id, key));
  return [...new Set(lines)].filter((line) => line.trim());
}

/** `classRecordings` are read by the dashboard beside the class's answers (one wait, not two). */
export function voiceRecorder(
  app: AppContext,
  klass: ClassRecord,
  pack: LessonPack,
  classRecordings: VoiceRecording[],
): HTMLElement {
  const lang = i18next.language;
  const recorded = classRecordings.filter((r) => r.lang === lang);
  // Every line of the pack, hundreds of them: listed once the section is first opened, so the
  // dashboard (which holds this section closed) does not wait for them.
  const line = h('select', {});
  const listLines = () => {
    if (!line.options.length) line.append(...linesOf(pack).map((text) => h('option', { value: text }, text)));
  };
  const error = errorBox();
  const status = statusBox();
  const listen = h('audio', { controls: true, hidden: true });
  let chunks: Blob[] = [];
  let recorder: MediaRecorder | undefined;
  let take: Blob | undefined;

  const record = h('button', { type: 'button', class: 'primary' }, t('teacher.voice.record'));
  const stop = h('button', { type: 'button', class: 'secondary', disabled: true }, t('teacher.voice.stop'));
  const save = h('button', { type: 'button', class: 'primary', disabled: true }, t('teacher.voice.save'));

  record.addEventListener('click', async () => {
    error.textContent = '';
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      // Leaving the page while recording lets go of the microphone (its light goes off).
      whenScreenChanges(() => {
        if (record.isConnected) return false;
        if (recorder?.state === 'recording') recorder.stop();
        for (const track of stream.getTracks()) track.stop();
        return true;
      });
      chunks = [];
      recorder = new MediaRecorder(stream);
      recorder.ondataavailable = (e) => chunks.push(e.data);
      recorder.onstop = () => {
        for (const track of stream.getTracks()) track.stop();
        take = new Blob(chunks, { type: recorder?.mimeType || 'audio/webm' });
        listen.src = URL.createObjectURL(take);
        listen.hidden = false;
        save.disabled = false;
        status.textContent = t('teacher.voice.listen');
      };
      recorder.start();
      record.disabled = true;
      stop.disabled = false;
      status.textContent = t('teacher.voice.recording');
    } catch {
      error.textContent = t('teacher.voice.noMicrophone');
    }
  });
  stop.addEventListener('click', () => {
    recorder?.stop();
    record.disabled = false;
    stop.disabled = true;
  });
  save.addEventListener('click', async () => {
    if (!take) return;
    try {
      await app.repos.saveRecording({
        classId: klass.id,
        lang,
        lineHash: narrationFileName(line.value),
        text: line.value,
        mime: take.type || 'audio/webm',
        audio: take,
      });
    } catch (e) {
      error.textContent = String((e as Error).message ?? e);
      return;
    }
    save.disabled = true;
    status.textContent = t('teacher.voice.saved');
    list.append(row(line.value, `${klass.id}:${lang}:${narrationFileName(line.value)}`));
  });

  const row = (text: string, id: string) =>
    h(
      'li',
      {},
      h('span', {}, text),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: async (e: Event) => {
            await app.repos.deleteRecording(id);
            (e.currentTarget as HTMLElement).closest('li')?.remove();
          },
        },
        t('teacher.voice.delete'),
      ),
    );
  const list = h('ul', { class: 'adult-list' }, ...recorded.map((r) => row(r.text, r.id)));

  return h(
    'details',
    { class: 'dash-section', ontoggle: listLines },
    h('summary', {}, t('teacher.voice.title')),
    h(
      'button',
      { type: 'button', class: 'primary', onclick: () => app.go({ name: 'voices', classId: klass.id }) },
      t('teacher.voices.open'),
    ),
    h('p', { class: 'field-hint' }, t('teacher.voice.why')),
    field(t('teacher.voice.line'), line),
    h('div', { class: 'button-row' }, record, stop, save),
    listen,
    error,
    status,
    h('h3', {}, t('teacher.voice.yours')),
    list,
  );
}
