// The words of one spoken line as its audio file and a teacher's recording know them. Plain
// JavaScript, so the narration script (node, no build step) and the app use the very same rule.

const PLACEHOLDER = /\{\{[^}]*\}\}/g;
const LEADING = /^[^\p{L}\p{N}"“‘'(]+/u;
const SAYABLE = /[\p{L}\p{N}]/u;

/** What is heard for these words: trimmed, without leading punctuation; '' when nothing is sayable. */
export function voiceText(text) {
  const words = text.normalize('NFC').trim().replace(LEADING, '').trim();
  return SAYABLE.test(words) ? words : '';
}

/**
 * The fixed words of a line with {{placeholders}}, as separately heard lines: "Hello {{name}}!
 * Choose a promise to play." is "Hello" and "Choose a promise to play." (the value is heard
 * on its own: a name by the device's voice, a keyword or a number from its own file).
 */
export function templateFragments(template) {
  return template
    .split(PLACEHOLDER)
    .map(voiceText)
    .filter((words) => words);
}

/** Numbers said in lines ("3 still to do"), each with its own file. */
export const SPOKEN_NUMBERS = Array.from({ length: 21 }, (_, n) => String(n));
