/*
 * A teacher pastes a class list, one pupil a line. We keep a first name and an initial and
 * nothing else (data minimisation), so "Amelia Jones" becomes "Amelia J". Blank lines and
 * repeats of a line (ignoring case and spaces) are dropped. Two different lines that would be kept as the same
 * name (or as the name of a pupil already in the class) are never merged: they are reported
 * as a clash, with a suggested name for each that tells them apart, and the list is not
 * ready to save until the teacher accepts or changes them.
 *
 * The suggestion keeps the shortest start of each surname that no other clashing line's
 * surname starts with ("Amelia Jones", "Amelia Johnson" → "Amelia Jon", "Amelia Joh"), and
 * adds a number only where the surnames are the same ("Amelia Jones", "Amelia Rose Jones" →
 * "Amelia J", "Amelia J2"). It depends on which lines there are, never on their order. A
 * clashing line typed exactly as its suggestion is taken as it is, so the suggested text saves.
 */
export interface NameClash {
  /** The one name these lines would all have been kept as. */
  name: string;
  /** The clashing lines, each once, tidied (single spaces). */
  lines: string[];
  /** A pupil already in the class has this name. */
  inClass: boolean;
  /** For each line, in the same order, a name that tells it apart. */
  suggestions: string[];
}

export interface PupilListResult {
  /** The names to save, in the order of the list; to be saved only when `clashes` is empty. */
  names: string[];
  /** Names of lines that were in the list more than once (kept once). */
  repeated: string[];
  /** Lines too long to be a first name and initial. */
  tooLong: string[];
  /** Lines that would have become one pupil's name: the list must not be saved as it is. */
  clashes: NameClash[];
  /** The pasted text with each clashing line replaced by its suggestion. */
  suggestedText: string;
}

const MAX_NAME = 40;

const lower = (s: string) => s.toLocaleLowerCase();
const length = (s: string) => [...s].length;

function wordsOf(line: string): string[] {
  return line
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>]/g, ' ')
    .trim()
    .split(/[\s,;\t]+/)
    .filter(Boolean);
}

/** The surname (last word, without a closing full stop) as characters; none for one word. */
function surnameOf(words: string[]): string[] {
  if (words.length < 2) return [];
  return [...(words[words.length - 1] ?? '').replace(/\.$/, '')];
}

/** First name, then the first `letters` letters of the surname, the first one a capital. */
function shortName(first: string, surname: readonly string[], letters: number): string {
  const kept = surname.slice(0, letters);
  if (kept.length === 0) return first;
  return `${first} ${(kept[0] ?? '').toLocaleUpperCase()}${kept.slice(1).join('')}`;
}

export function normaliseName(line: string): string {
  const words = wordsOf(line);
  if (words.length === 0) return '';
  return shortName(words[0] ?? '', surnameOf(words), 1);
}

interface Entry {
  /** The line, tidied; of lines differing only in case, the one that sorts first. */
  line: string;
  key: string;
  first: string;
  surname: string[];
  /** The surname in lower case, for comparing. */
  folded: string;
  name: string;
  count: number;
}

const startsWith = (whole: string, start: string) => whole.startsWith(start);

/**
 * A name for each entry of one clashing group, distinct from each other and from `reserved`
 * (lower case). Entries come sorted by key, so the numbering does not depend on line order.
 */
function tellApart(group: readonly Entry[], reserved: ReadonlySet<string>): Map<Entry, string> {
  const chosen = new Map<Entry, string>();
  const used = new Set<string>();
  const unplaced: Entry[] = [];
  for (const entry of group) {
    const others = group.filter((o) => o !== entry);
    let found: string | undefined;
    if (entry.surname.length === 0) {
      if (!reserved.has(lower(entry.first))) found = entry.first;
    }
    for (let letters = 1; letters <= entry.surname.length && !found; letters++) {
      const start = lower(entry.surname.slice(0, letters).join(''));
      const whole = letters === entry.surname.length;
      const unique = whole
        ? !others.some((o) => o.folded === entry.folded)
        : !others.some((o) => startsWith(o.folded, start));
      const name = shortName(entry.first, entry.surname, letters);
      if (length(name) > MAX_NAME) break;
      if (unique && !reserved.has(lower(name))) found = name;
    }
    if (found) {
      chosen.set(entry, found);
      used.add(lower(found));
    } else {
      unplaced.push(entry);
    }
  }
  // Same surnames: the start that tells them from the rest of the group, then a number.
  for (const entry of unplaced) {
    const rest = group.filter((o) => o.folded !== entry.folded);
    let letters = Math.min(1, entry.surname.length);
    while (
      letters < entry.surname.length &&
      rest.some((o) => startsWith(o.folded, lower(entry.surname.slice(0, letters).join(''))))
    )
      letters++;
    const base = shortName(entry.first, entry.surname, letters);
    const gap = entry.surname.length ? '' : ' ';
    let name = base;
    for (let n = 2; reserved.has(lower(name)) || used.has(lower(name)); n++) name = `${base}${gap}${n}`;
    chosen.set(entry, name);
    used.add(lower(name));
  }
  return chosen;
}

export function parsePupilList(text: string, existing: readonly string[] = []): PupilListResult {
  const inClass = new Set(existing.map(lower));
  const lines = text.split(/\r?\n/);
  const tooLong: string[] = [];
  const entries = new Map<string, Entry>();
  const entryOfLine: (Entry | undefined)[] = [];
  for (const raw of lines) {
    const words = wordsOf(raw);
    const name = words.length ? shortName(words[0] ?? '', surnameOf(words), 1) : '';
    if (!name || length(name) > MAX_NAME) {
      if (name) tooLong.push(raw.trim().slice(0, 60));
      entryOfLine.push(undefined);
      continue;
    }
    const line = words.join(' ');
    const key = lower(line);
    let entry = entries.get(key);
    if (!entry) {
      entry = { line, key, first: '', surname: [], folded: '', name, count: 0 };
      entries.set(key, entry);
    }
    entry.count++;
    if (entry.count === 1 || line < entry.line) {
      const surname = surnameOf(words);
      Object.assign(entry, { line, first: words[0] ?? '', surname, folded: lower(surname.join('')), name });
    }
    entryOfLine.push(entry);
  }

  const groups = new Map<string, Entry[]>();
  for (const entry of entries.values()) {
    const key = lower(entry.name);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const finalName = new Map<Entry, string>();
  const clashing = new Set<Entry[]>();
  const reserved = new Set([...inClass, ...groups.keys()]);
  for (const key of [...groups.keys()].sort()) {
    const group = (groups.get(key) ?? []).sort((a, b) => (a.key < b.key ? -1 : 1));
    if (group.length === 1 && !inClass.has(key)) {
      const only = group[0] as Entry;
      finalName.set(only, only.name);
      continue;
    }
    const taken = new Set(reserved);
    if (!inClass.has(key)) taken.delete(key);
    const chosen = tellApart(group, taken);
    for (const [entry, name] of chosen) {
      finalName.set(entry, name);
      reserved.add(lower(name));
    }
    // Lines already typed as their suggestion are the teacher's choice: nothing left to settle.
    if (group.some((e) => lower(chosen.get(e) ?? '') !== e.key)) clashing.add(group);
  }

  const all = [...entries.values()];
  const nameOf = (e: Entry) => finalName.get(e) ?? e.name;
  const clashes: NameClash[] = [];
  for (const entry of all) {
    const group = groups.get(lower(entry.name)) ?? [];
    if (!clashing.has(group) || clashes.some((c) => c.lines.includes(entry.line))) continue;
    const inOrder = all.filter((e) => group.includes(e));
    clashes.push({
      name: group[0]?.name ?? entry.name,
      lines: inOrder.map((e) => e.line),
      inClass: inClass.has(lower(entry.name)),
      suggestions: inOrder.map(nameOf),
    });
  }
  const suggestedText = lines
    .map((raw, i) => {
      const entry = entryOfLine[i];
      const group = entry && groups.get(lower(entry.name));
      return entry && group && clashing.has(group) ? nameOf(entry) : raw;
    })
    .join('\n');
  return {
    names: all.map(nameOf),
    repeated: all.filter((e) => e.count > 1).map(nameOf),
    tooLong,
    clashes,
    suggestedText,
  };
}
