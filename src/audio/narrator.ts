/*
 * Reads every line aloud: a sequence of lines, one after another, each heard from (in order of
 * preference) the class teacher's recording of those words, the app's audio file for them
 * (named by their hash, listed in narration/index.json), else the device's own voice for the
 * language, else nothing but the caption (captions are always shown anyway). A pupil's name
 * has no file: the device's voice says it, or nothing does. howler is loaded on first use, so
 * the title screen does not wait for it.
 */
import { narrationFileName } from '../domain/sha256';
import { sounds } from './sounds';
import { heardAs, line, type Spoken, type SpokenLine } from './spoken';

/** Where the words being spoken come from: a teacher's recording, the app's file, the device. */
export type VoiceSource = 'teacher' | 'file' | 'device' | 'none';
type Listener = (speaking: boolean, source: VoiceSource) => void;
type HowlLike = { play(): number; stop(): void; unload(): void; once(e: string, f: () => void): void };

export class Narrator {
  private index: Promise<Record<string, string[]>> | null = null;
  private current: HowlLike | null = null;
  private listeners = new Set<Listener>();
  private token = 0;
  enabled = true;
  rate = 1;
  /** False: skip the recorded files and use the device's own voice (a school's choice). */
  useFiles = true;
  /** The playing class's teacher's own recording of a line, if there is one (used first). */
  teacherVoice: ((text: string, lang: string) => Promise<Blob | undefined>) | undefined;
  private source: VoiceSource = 'none';
  private playing: HTMLAudioElement | null = null;
  /** Ends the line being heard now, so a stopped sequence's promise still resolves. */
  private cutShort: (() => void) | undefined;
  private quiet = false;

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setSpeaking(speaking: boolean, source: VoiceSource = this.source) {
    this.source = source;
    for (const l of this.listeners) l(speaking, source);
  }

  private available(): Promise<Record<string, string[]>> {
    this.index ??= fetch('narration/index.json')
      .then((r) => (r.ok ? r.json() : {}))
      .catch(() => ({}));
    return this.index;
  }

  stop(): void {
    this.token++;
    const { current, playing, cutShort } = this;
    this.current = null;
    this.playing = null;
    this.cutShort = undefined;
    current?.stop();
    current?.unload();
    if (playing) {
      playing.pause();
      URL.revokeObjectURL(playing.src);
    }
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    cutShort?.();
    this.setSpeaking(false);
  }

  /**
   * Asks the service worker to keep the audio of these lines for offline play (it fetches them
   * itself, off this page's main thread). Lines without a file are skipped.
   */
  async warm(texts: Iterable<string>, lang: string): Promise<void> {
    const files = new Set((await this.available())[lang] ?? []);
    // A pack has hundreds of lines, each hashed for its file name: a few dozen at a time, so a
    // child's tap (or the world's next frame) never waits behind them all.
    const names = new Set<string>();
    let count = 0;
    for (const text of texts) {
      names.add(narrationFileName(heardAs(line(text))));
      if (++count % 40 === 0) await new Promise((resolve) => setTimeout(resolve));
    }
    const urls = [...names]
      .filter((n) => files.has(n))
      .map((n) => new URL(`narration/${lang}/${n}.mp3`, document.baseURI).href);
    const worker = (await navigator.serviceWorker?.ready)?.active;
    worker?.postMessage({ type: 'warm-narration', urls });
  }

  /**
   * Says a control's words when a child moves to it, but not when the screen itself put focus
   * there (`focusQuietly`): a question's first answer must not cut the question off.
   */
  hear(spoken: Spoken, lang: string): void {
    if (!this.quiet) void this.say(spoken, lang);
  }

  /** Moves focus to a screen's first control without its words replacing what the screen says. */
  focusQuietly(element: HTMLElement | null | undefined): void {
    this.quiet = true;
    try {
      element?.focus({ preventScroll: true });
    } finally {
      this.quiet = false;
    }
  }

  /**
   * Speaks a sequence of lines (a plain string is one line), one after another; resolves when the
   * last has finished, or when `stop()` or another `say()` cuts it short.
   */
  async say(spoken: Spoken | string, lang: string): Promise<void> {
    this.stop();
    const parts = typeof spoken === 'string' ? [line(spoken)] : spoken;
    if (!this.enabled) return;
    const token = this.token;
    for (const part of parts) {
      await this.sayLine(part, lang, token);
      if (token !== this.token) return;
    }
    this.setSpeaking(false);
  }

  private async sayLine(part: SpokenLine, lang: string, token: number): Promise<void> {
    const words = heardAs(part);
    if (!words) return;
    if (part.name) return this.speakWithDeviceVoice(words, lang);
    const recorded = await this.teacherVoice?.(words, lang).catch(() => undefined);
    if (token !== this.token) return;
    if (recorded) return this.playRecording(recorded);
    const name = narrationFileName(words);
    const files = (await this.available())[lang] ?? [];
    if (token !== this.token) return;
    if (this.useFiles && files.includes(name)) return this.playFile(`narration/${lang}/${name}.mp3`, token);
    return this.speakWithDeviceVoice(words, lang);
  }

  private playRecording(audio: Blob): Promise<void> {
    return new Promise((resolve) => {
      const element = new Audio(URL.createObjectURL(audio));
      element.playbackRate = this.rate;
      this.playing = element;
      const done = () => {
        if (this.playing === element) this.playing = null;
        this.cutShort = undefined;
        URL.revokeObjectURL(element.src);
        resolve();
      };
      this.cutShort = done;
      element.onended = done;
      element.onerror = done;
      this.setSpeaking(true, 'teacher');
      element.play().catch(done);
    });
  }

  private async playFile(src: string, token: number): Promise<void> {
    const { Howl, Howler } = await import('howler');
    if (token !== this.token) return;
    await new Promise<void>((resolve) => {
      const howl = new Howl({ src: [src], html5: false, rate: this.rate }) as unknown as HowlLike;
      sounds.shareContext(Howler.ctx);
      this.current = howl;
      const done = () => {
        if (this.current === howl) this.current = null;
        this.cutShort = undefined;
        howl.unload();
        resolve();
      };
      this.cutShort = done;
      howl.once('end', done);
      howl.once('loaderror', done);
      howl.once('playerror', done);
      howl.once('stop', done);
      this.setSpeaking(true, 'file');
      howl.play();
    });
  }

  private speakWithDeviceVoice(text: string, lang: string): Promise<void> {
    if (typeof speechSynthesis === 'undefined') return Promise.resolve();
    const base = lang.split('-')[0] ?? lang;
    const voice = speechSynthesis.getVoices().find((v) => v.lang === lang || v.lang.startsWith(base));
    if (!voice) return Promise.resolve();
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = this.rate;
      const done = () => {
        this.cutShort = undefined;
        resolve();
      };
      utterance.onend = utterance.onerror = done;
      this.cutShort = done;
      this.setSpeaking(true, 'device');
      speechSynthesis.speak(utterance);
    });
  }
}

export const narrator = new Narrator();
