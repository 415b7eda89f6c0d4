/*
 * Gentle sounds, made on the device with WebAudio (no files to download): a soft chime for a
 * right answer, a soft "hmm" for another go, a ping when a message arrives. Quiet, short and
 * never alarming; a device setting turns them off (src/app/applySettings).
 */
export type SoundName = 'chime' | 'hmm' | 'ping';

interface Note {
  /** Start and end frequency (Hz): a glide when they differ. */
  from: number;
  to: number;
  at: number;
  length: number;
  wave: OscillatorType;
  gain: number;
}

const SOUNDS: Record<SoundName, Note[]> = {
  chime: [
    { from: 1046.5, to: 1046.5, at: 0, length: 0.35, wave: 'sine', gain: 0.1 },
    { from: 1318.5, to: 1318.5, at: 0.12, length: 0.45, wave: 'sine', gain: 0.08 },
  ],
  hmm: [{ from: 330, to: 277, at: 0, length: 0.4, wave: 'triangle', gain: 0.07 }],
  ping: [{ from: 1568, to: 1568, at: 0, length: 0.22, wave: 'sine', gain: 0.06 }],
};

class Sounds {
  enabled = true;
  private context: AudioContext | null = null;
  /** The last sound played (for tests and teachers' tools), or why none was. */
  last: SoundName | 'off' | null = null;

  /** Plays through the narrator's own AudioContext (howler's) rather than starting another. */
  shareContext(context: AudioContext | null | undefined): void {
    if (context && !this.context) this.context = context;
  }

  play(name: SoundName): boolean {
    if (!this.enabled || typeof AudioContext === 'undefined') {
      this.last = 'off';
      return false;
    }
    // The narrator's context when it has one (shareContext): starting a second one costs a
    // slow tablet a long frame at the child's first answer, and a second audio stream.
    this.context ??= new AudioContext();
    const ctx = this.context;
    if (ctx.state === 'suspended') void ctx.resume();
    const start = ctx.currentTime + 0.02;
    // Soften the top: a low-pass keeps every note round, never shrill.
    const soft = ctx.createBiquadFilter();
    soft.type = 'lowpass';
    soft.frequency.value = 2400;
    soft.connect(ctx.destination);
    for (const note of SOUNDS[name]) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = note.wave;
      osc.frequency.setValueAtTime(note.from, start + note.at);
      osc.frequency.linearRampToValueAtTime(note.to, start + note.at + note.length);
      gain.gain.setValueAtTime(0.0001, start + note.at);
      gain.gain.exponentialRampToValueAtTime(note.gain, start + note.at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + note.length);
      osc.connect(gain).connect(soft);
      osc.start(start + note.at);
      osc.stop(start + note.at + note.length + 0.05);
    }
    this.last = name;
    document.documentElement.dataset.lastSound = name;
    return true;
  }
}

export const sounds = new Sounds();
