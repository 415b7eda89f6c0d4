/*
 * A guided recording session: every line a child hears in a pack and language, in the order a
 * child meets them, one at a time. For each: read (or hear) the words, Record, Stop, Play back,
 * then Keep or Redo, or Skip it for now. It starts at the first line with no recording, so a
 * teacher can leave at any time and carry on later. While recording, a level meter shows (and
 * tells a screen reader) how loud the microphone is; the microphone is let go of at Stop, and
 * whenever this screen is left.
 */
import type { AppContext } from '../app/appContext';
import { languageName } from '../app/content';
import { packText, t } from '../app/i18n';
import { RECORDING_MAX_BYTES } from '../domain/records';
import { StorageError } from '../storage/storageError';
import { h } from '../ui/dom';
import { saveOnce } from '../ui/saveOnce';
import { whenScreenChanges } from '../ui/screenChange';
import { errorBox, statusBox } from './teacherLayout';
import { teacherPage } from './teacherPage';
import { firstWithoutRecording, lineHashOf, linesToRecord, recordedCount } from './voiceLines';

type State = 'ready' | 'recording' | 'took' | 'end';

/** A level from 0 to 100 from the loudness of the last moment of sound (-60 dB is silence). */
function levelOf(samples: Float32Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  const db = 20 * Math.log10(rms || 1e-9);
  return Math.max(0, Math.min(100, Math.round(((db + 60) / 60) * 100)));
}

export async function voiceSession(
  app: AppContext,
  classId: string,
  packId: string,
  lang: string,
): Promise<HTMLElement> {
  const klass = await app.repos.getClass(classId);
  if (!klass) {
    app.go({ name: 'teacher' });
    return h('div');
  }
  const session = await linesToRecord(app, classId, packId, lang);
  const { lines, recorded } = session;
  const total = lines.length;
  let index = firstWithoutRecording(session);
  if (index < 0) index = total;
  let state: State = index < total ? 'ready' : 'end';
  let take: Blob | undefined;
  let mic: { stream: MediaStream; recorder: MediaRecorder; context: AudioContext; timer: number } | undefined;
  let playing: HTMLAudioElement | undefined;

  const button = (label: string, kind = 'secondary') => h('button', { type: 'button', class: kind }, label);
  const hear = button(t('teacher.session.hear'));
  const record = button(t('teacher.session.record'), 'primary');
  const stop = button(t('teacher.session.stop'), 'primary');
  const playBack = button(t('teacher.session.playBack'));
  const keep = button(t('teacher.session.keep'), 'primary');
  const redo = button(t('teacher.session.redo'));
  const skip = button(t('teacher.session.skip'));
  const previous = button(t('teacher.session.previous'));
  const firstMissing = button(t('teacher.session.firstMissing'), 'primary');

  const progressText = h('p', { class: 'session-progress' });
  const progressBar = h('progress', { max: String(total), value: '0', 'aria-hidden': 'true' });
  const position = h('p', { class: 'session-position' });
  const words = h('p', { class: 'session-words', lang });
  const levelBar = h('span', { class: 'level-meter-bar' });
  const meter = h(
    'div',
    {
      class: 'level-meter',
      role: 'meter',
      'aria-label': t('teacher.session.level'),
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': '0',
      'aria-valuetext': t('teacher.session.levelValue', { value: 0 }),
    },
    levelBar,
  );
  const levelText = h(
    'p',
    { class: 'level-text', 'aria-hidden': 'true' },
    t('teacher.session.levelValue', { value: 0 }),
  );
  const meterBox = h('div', { class: 'level-box' }, meter, levelText);
  const status = statusBox();
  const error = errorBox();
  const lineBox = h(
    'section',
    { class: 'dash-section session-line', 'aria-labelledby': 'session-read' },
    h('h2', { id: 'session-read' }, t('teacher.session.read')),
    position,
    words,
    h('div', { class: 'button-row' }, hear, previous),
    h('div', { class: 'button-row' }, record, stop, playBack, keep, redo, skip),
    meterBox,
  );
  const endBox = h(
    'section',
    { class: 'dash-section session-end' },
    h('p', { class: 'session-end-words' }),
    firstMissing,
  );

  const setLevel = (value: number) => {
    levelBar.style.width = `${value}%`;
    const text = t('teacher.session.levelValue', { value });
    meter.setAttribute('aria-valuenow', String(value));
    meter.setAttribute('aria-valuetext', text);
    levelText.textContent = text;
  };

  const stopPlaying = () => {
    if (!playing) return;
    playing.pause();
    if (playing.src.startsWith('blob:')) URL.revokeObjectURL(playing.src);
    playing = undefined;
  };
  const play = (src: string) => {
    stopPlaying();
    playing = new Audio(src);
    void playing.play().catch(() => {});
  };

  /** Lets go of the microphone: its light goes off. */
  const release = () => {
    if (!mic) return;
    const { stream, recorder, context, timer } = mic;
    mic = undefined;
    window.clearInterval(timer);
    if (recorder.state === 'recording') recorder.stop();
    for (const track of stream.getTracks()) track.stop();
    void context.close().catch(() => {});
    setLevel(0);
  };

  const show = () => {
    const done = recordedCount(session);
    progressText.textContent = t('teacher.voices.progress', { done, total });
    progressBar.value = done;
    lineBox.hidden = state === 'end';
    endBox.hidden = state !== 'end';
    if (state === 'end') {
      const missing = total - done;
      (endBox.firstChild as HTMLElement).textContent = missing
        ? t('teacher.session.end', { count: missing })
        : t('teacher.session.allDone');
      firstMissing.hidden = missing === 0;
      return;
    }
    const line = lines[index];
    if (!line) return;
    const has = recorded.has(lineHashOf(line));
    position.textContent = t('teacher.session.position', { n: index + 1, total });
    words.textContent = line.words;
    record.disabled = state !== 'ready';
    stop.disabled = state !== 'recording';
    playBack.disabled = state === 'recording' || (state === 'ready' && !has);
    keep.disabled = state !== 'took';
    redo.disabled = state !== 'took';
    skip.disabled = state === 'recording';
    previous.disabled = state === 'recording' || index === 0;
    hear.disabled = state === 'recording';
    meterBox.hidden = state !== 'recording';
  };

  /** Moves to a line (or past the last one) and says what to do there. */
  const goTo = (next: number, said?: string) => {
    stopPlaying();
    take = undefined;
    index = next;
    state = index >= 0 && index < total ? 'ready' : 'end';
    if (state === 'end') index = total;
    const line = lines[index];
    status.textContent =
      said ??
      (line && recorded.has(lineHashOf(line)) ? t('teacher.session.alreadyRecorded') : t('teacher.session.ready'));
    error.textContent = '';
    show();
  };
  const nextWithout = () => firstWithoutRecording(session, index + 1);

  record.addEventListener('click', async () => {
    if (state !== 'ready') return;
    error.textContent = '';
    stopPlaying();
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      error.textContent = t('teacher.voice.noMicrophone');
      return;
    }
    if (!page.isConnected) {
      for (const track of stream.getTracks()) track.stop();
      return;
    }
    const chunks: Blob[] = [];
    const recorder = new MediaRecorder(stream);
    recorder.ondataavailable = (e) => chunks.push(e.data);
    recorder.onstop = () => {
      if (!page.isConnected || state !== 'recording') return;
      take = new Blob(chunks, { type: recorder.mimeType || 'audio/webm' });
      state = 'took';
      status.textContent = t('teacher.session.listen');
      show();
      playBack.focus();
    };
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const timer = window.setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      setLevel(levelOf(samples));
    }, 100);
    mic = { stream, recorder, context, timer };
    recorder.start();
    state = 'recording';
    status.textContent = t('teacher.session.recording');
    show();
    stop.focus();
  });

  stop.addEventListener('click', () => {
    if (state !== 'recording' || !mic) return;
    const { recorder } = mic;
    recorder.stop();
    release();
  });

  playBack.addEventListener('click', async () => {
    const line = lines[index];
    if (take) return play(URL.createObjectURL(take));
    const mine = line && recorded.get(lineHashOf(line));
    if (mine) play(URL.createObjectURL(mine.audio));
  });

  hear.addEventListener('click', () => {
    const line = lines[index];
    if (line) play(`narration/${lang}/${lineHashOf(line)}.mp3`);
  });

  keep.addEventListener(
    'click',
    saveOnce(
      async () => {
        const line = lines[index];
        if (state !== 'took' || !take || !line) return 'again';
        if (take.size === 0 || take.size >= RECORDING_MAX_BYTES) {
          error.textContent = t('teacher.session.tooLong');
          return 'again';
        }
        try {
          const saved = await app.repos.saveRecording({
            classId,
            lang,
            lineHash: lineHashOf(line),
            text: line.words,
            mime: take.type || 'audio/webm',
            audio: take,
          });
          recorded.set(saved.lineHash, saved);
        } catch (e) {
          if (!(e instanceof StorageError && e.kind === 'full')) throw e;
          error.textContent = t('teacher.voices.full');
          return 'again';
        }
        goTo(nextWithout(), t('teacher.session.kept'));
        if ((state as State) !== 'end') record.focus();
        return 'again';
      },
      (e) => app.fail(e),
    ),
  );

  redo.addEventListener('click', () => {
    if (state !== 'took') return;
    stopPlaying();
    take = undefined;
    state = 'ready';
    show();
    record.click();
  });

  skip.addEventListener('click', () => {
    if (state === 'recording') return;
    goTo(nextWithout(), t('teacher.session.skipped'));
  });

  previous.addEventListener('click', () => {
    if (state === 'recording' || index === 0) return;
    goTo(index - 1);
  });

  firstMissing.addEventListener('click', () => {
    goTo(firstWithoutRecording(session));
    record.focus();
  });

  const page = teacherPage(
    app,
    t('teacher.session.title', { pack: packText(packId, 'pack.title'), language: languageName(lang) }),
    {},
    [
      h(
        'button',
        {
          type: 'button',
          class: 'secondary back-link',
          onclick: () => app.go({ name: 'voices', classId, packId, lang }),
        },
        `← ${t('teacher.session.back')}`,
      ),
      h('div', { class: 'session-progress-box' }, progressText, progressBar),
      lineBox,
      endBox,
      status,
      error,
    ],
  );
  // Leaving (a button, Lock and leave, the teacher area locking itself) lets go of the microphone.
  whenScreenChanges(() => {
    if (page.isConnected) return false;
    release();
    stopPlaying();
    return true;
  });
  goTo(index);
  return page;
}
