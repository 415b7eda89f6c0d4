/*
 * Reads every line aloud. Order of preference: a recorded or generated audio file for the
 * exact words (named by their hash, listed in narration/index.json), else the device's own
 * voice for the language, else nothing but the caption (captions are always shown anyway).
 * howler is loaded on first use, so the title screen does not wait for it.
 */
import { narrationFileName } from '../domain/sha256';

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
    this.current?.stop();
    this.current?.unload();
    this.current = null;
    if (this.playing) {
      this.playing.pause();
      URL.revokeObjectURL(this.playing.src);
      this.playing = null;
    }
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    this.setSpeaking(false);
  }

  /**
   * Asks the service worker to keep the audio of these lines for offline play (it fetches them
   * itself, off this page's main thread). Lines without a file are skipped.
   */
  async warm(texts: Iterable<string>, lang: string): Promise<void> {
    const files = new Set((await this.available())[lang] ?? []);
    const urls = [...new Set([...texts].map(narrationFileName))]
      .filter((n) => files.has(n))
      .map((n) => new URL(`narration/${lang}/${n}.mp3`, document.baseURI).href);
    const worker = (await navigator.serviceWorker?.ready)?.active;
    worker?.postMessage({ type: 'warm-narration', urls });
  }

  /** Speaks a line; resolves when it has finished (or could not be spoken). */
  async say(text: string, lang: string): Promise<void> {
    this.stop();
    if (!this.enabled || !text.trim()) return;
    const token = this.token;
    const recorded = await this.teacherVoice?.(text, lang).catch(() => undefined);
    if (token !== this.token) return;
    if (recorded) return this.playRecording(recorded, token);
    const name = narrationFileName(text);
    const files = (await this.available())[lang] ?? [];
    if (token !== this.token) return;
    if (this.useFiles && files.includes(name)) return this.playFile(`narration/${lang}/${name}.mp3`, token);
    return this.speakWithDeviceVoice(text, lang, token);
  }

  private playRecording(audio: Blob, token: number): Promise<void> {
    return new Promise((resolve) => {
      const element = new Audio(URL.createObjectURL(audio));
      element.playbackRate = this.rate;
      this.playing = element;
      const done = () => {
        if (token === this.token) this.setSpeaking(false);
        resolve();
      };
      element.onended = done;
      element.onerror = done;
      this.setSpeaking(true, 'teacher');
      element.play().catch(done);
    });
  }

  private async playFile(src: string, token: number): Promise<void> {
    const { Howl } = await import('howler');
    if (token !== this.token) return;
    await new Promise<void>((resolve) => {
      const howl = new Howl({ src: [src], html5: false, rate: this.rate }) as unknown as HowlLike;
      this.current = howl;
      const done = () => {
        if (token === this.token) this.setSpeaking(false);
        resolve();
      };
      howl.once('end', done);
      howl.once('loaderror', done);
      howl.once('playerror', done);
      howl.once('stop', done);
      this.setSpeaking(true, 'file');
      howl.play();
    });
  }

  private speakWithDeviceVoice(text: string, lang: string, token: number): Promise<void> {
    if (typeof speechSynthesis === 'undefined') return Promise.resolve();
    const base = lang.split('-')[0] ?? lang;
    const voice = speechSynthesis.getVoices().find((v) => v.lang === lang || v.lang.startsWith(base));
    if (!voice) return Promise.resolve();
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = this.rate;
      utterance.onend = utterance.onerror = () => {
        if (token === this.token) this.setSpeaking(false);
        resolve();
      };
      this.setSpeaking(true, 'device');
      speechSynthesis.speak(utterance);
    });
  }
}

export const narrator = new Narrator();
