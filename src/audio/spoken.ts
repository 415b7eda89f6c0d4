/*
 * What the narrator is asked to say: a sequence of lines, heard one after another, each from
 * its own audio file (or the class teacher's recording of it). Audio exists per line, never
 * for lines joined together, so screens pass sequences and the caption shows them joined.
 * A line with a {{placeholder}} becomes its fixed words around the value ("Hello", the name,
 * "Choose a promise to play."); a pupil's name is the only kind of part with no file.
 */
import { voiceText } from '../domain/voiceText.mjs';

export interface SpokenLine {
  /** The words as the caption shows them. */
  text: string;
  /** The i18n key the words come from (`ns:path`, `#n` for the nth fixed part of a template). */
  key?: string;
  /** Words the app cannot know in advance (a pupil's name, a date): the device's voice, or none. */
  name?: boolean;
  /** What the caption shows before it: a space between lines (the default), '' inside one line. */
  sep?: string;
}

export type Spoken = readonly SpokenLine[];

export const line = (text: string, key?: string): SpokenLine => (key ? { text, key } : { text });

export const nameLine = (text: string): SpokenLine => ({ text, name: true });

/** A number said on its own ("3 still to do"); the narration script makes a file for 0-20. */
export const numberLine = (n: number): SpokenLine => line(String(n), `number:${n}`);

/** One sequence from lines and sequences, in order. */
export const sequence = (...parts: (SpokenLine | Spoken)[]): Spoken => parts.flat();

/** What the caption shows: the lines joined. */
export function spokenText(spoken: Spoken | string): string {
  if (typeof spoken === 'string') return spoken;
  return spoken.map((part, i) => (i === 0 ? '' : (part.sep ?? ' ')) + part.text).join('');
}

/** The words each line is heard as (the name of its file), or '' for a line with nothing to say. */
export const heardAs = (part: SpokenLine): string => (part.name ? part.text.trim() : voiceText(part.text));

export const SLOT = '\u0001';
const SLOTS = new RegExp(`${SLOT}(\\w+)${SLOT}`);

/**
 * A line rendered with a slot (`\u0001name\u0001`) for each value: its fixed words (heard as
 * the narration script's `templateFragments` makes them) with the values' own lines between.
 */
export function fromTemplate(rendered: string, key: string, values: Record<string, Spoken>): Spoken {
  const pieces = rendered.split(SLOTS);
  const parts: SpokenLine[] = [];
  let fixed = 0;
  // Numbered as the narration script numbers them: only the parts with words to say.
  const fixedPart = (piece: string) => line(piece, voiceText(piece) ? `${key}#${fixed++}` : undefined);
  pieces.forEach((piece, i) => {
    const inner: Spoken = i % 2 ? (values[piece] ?? []) : piece ? [fixedPart(piece)] : [];
    for (const part of inner) parts.push(parts.length ? { ...part, sep: '' } : part);
  });
  return parts;
}
