/*
 * A teacher pastes a class list, one pupil a line. We keep a first name and an initial and
 * nothing else (data minimisation), so "Amelia Jones" becomes "Amelia J". Blank lines and
 * exact repeats are dropped; two different children who share a name get told apart by the
 * teacher, who sees them flagged.
 */
export interface PupilListResult {
  names: string[];
  /** Lines that repeated a name already in the list (or the class). */
  repeated: string[];
  /** Lines too long to be a first name and initial. */
  tooLong: string[];
}

const MAX_NAME = 40;

export function normaliseName(line: string): string {
  const words = line
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>]/g, ' ')
    .trim()
    .split(/[\s,;\t]+/)
    .filter(Boolean);
  if (words.length === 0) return '';
  const [first, ...rest] = words;
  const firstName = first ?? '';
  if (rest.length === 0) return firstName;
  const last = rest[rest.length - 1] ?? '';
  const initial = [...last.replace(/\.$/, '')][0] ?? '';
  return `${firstName} ${initial.toLocaleUpperCase()}`;
}

export function parsePupilList(text: string, existing: readonly string[] = []): PupilListResult {
  const seen = new Set(existing.map((n) => n.toLocaleLowerCase()));
  const result: PupilListResult = { names: [], repeated: [], tooLong: [] };
  for (const line of text.split(/\r?\n/)) {
    const name = normaliseName(line);
    if (!name) continue;
    if ([...name].length > MAX_NAME) {
      result.tooLong.push(line.trim().slice(0, 60));
      continue;
    }
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) {
      result.repeated.push(name);
      continue;
    }
    seen.add(key);
    result.names.push(name);
  }
  return result;
}
