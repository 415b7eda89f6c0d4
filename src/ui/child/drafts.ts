/*
 * A child's work in progress on the signing page or in the promise ceremony: every tick,
 * adult, stamp, stroke and typed name, kept for that pupil until they sign. It survives a
 * language switch, the "Tell a grown-up" window, a settings change and a reload (the tab's
 * session storage), and is dropped once the agreement is saved. Adults are kept by a key that
 * does not change with the language ("grandma"), not by the words shown.
 */
import type * as z from 'zod/mini';

const memory = new Map<string, unknown>();
const storageKey = (kind: string, pupilId: string) => `stay-safe-online.draft.${kind}.${pupilId}`;

export function loadDraft<T>(kind: 'signing' | 'ceremony', pupilId: string, schema: z.ZodMiniType<T>): T | undefined {
  const key = storageKey(kind, pupilId);
  let value: unknown = memory.get(key);
  if (value === undefined) {
    try {
      const stored = sessionStorage.getItem(key);
      value = stored ? JSON.parse(stored) : undefined;
    } catch {
      value = undefined;
    }
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function saveDraft(kind: 'signing' | 'ceremony', pupilId: string, draft: unknown): void {
  const key = storageKey(kind, pupilId);
  memory.set(key, draft);
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage refused or full: the draft still survives a language switch, in memory.
  }
}

export function clearDraft(kind: 'signing' | 'ceremony', pupilId: string): void {
  const key = storageKey(kind, pupilId);
  memory.delete(key);
  try {
    sessionStorage.removeItem(key);
  } catch {}
}

/** The keys of the chosen options (kept in a draft), and back to the words shown now. */
export const keysOf = (options: readonly { key: string; label: string }[], chosen: Set<string>): string[] =>
  options.filter((o) => chosen.has(o.label)).map((o) => o.key);
export const labelsOf = (options: readonly { key: string; label: string }[], keys: readonly string[]): string[] =>
  options.filter((o) => keys.includes(o.key)).map((o) => o.label);
