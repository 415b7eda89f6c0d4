/*
 * A voice pack file: one teacher's recordings of a lesson pack's lines in one language, to take
 * to another device or school. Each line carries its key and the SHA-256 of the exact words it
 * was recorded for, so a line whose words have changed since is never played stale. Reading a
 * file never trusts it: its size first, then JSON, then the schema (format name and version,
 * limits per recording and overall, keys, hashes, and audio bytes that really are the audio
 * type they claim). A file is refused whole, by name of its problem, or read whole.
 */
import { z } from 'zod';
import { fromBase64, toBase64 } from './base64';
import { RECORDING_MAX_BYTES } from './records';
import { narrationFileName, sha256Hex } from './sha256';

export const VOICE_PACK_FORMAT = 'stay-safe-online-voice-pack';
export const VOICE_PACK_FORMAT_VERSION = 1;
/** A whole pack recorded at a few seconds a line is about 20 MB; far beyond that is not ours. */
export const VOICE_PACK_MAX_BYTES = 64 * 1024 * 1024;
/** More lines than any pack has in one language. */
export const VOICE_PACK_MAX_LINES = 3000;

/** The hash a voice pack keeps of a line's words: the full SHA-256 of them as heard. */
export const wordsHash = (words: string): string => sha256Hex(words.normalize('NFC').trim());

type AudioKind = 'webm' | 'ogg' | 'mp4' | 'wav' | 'mpeg';

/** The audio types a recording may be, and what each is stored as. */
const MIME_KINDS: Record<string, AudioKind[]> = {
  'audio/webm': ['webm'],
  'audio/ogg': ['ogg'],
  'audio/mp4': ['mp4'],
  'audio/x-m4a': ['mp4'],
  'audio/aac': ['mp4', 'mpeg'],
  'audio/mpeg': ['mpeg'],
  'audio/wav': ['wav'],
  'audio/x-wav': ['wav'],
  'audio/wave': ['wav'],
};

/** What the first bytes say the audio is (the containers browsers record in), if any. */
export function audioKind(bytes: Uint8Array): AudioKind | undefined {
  const at = (i: number) => bytes[i] ?? -1;
  const ascii = (from: number, text: string) => [...text].every((c, i) => at(from + i) === c.charCodeAt(0));
  if (at(0) === 0x1a && at(1) === 0x45 && at(2) === 0xdf && at(3) === 0xa3) return 'webm';
  if (ascii(0, 'OggS')) return 'ogg';
  if (ascii(4, 'ftyp')) return 'mp4';
  if (ascii(0, 'RIFF') && ascii(8, 'WAVE')) return 'wav';
  if (ascii(0, 'ID3') || (at(0) === 0xff && (at(1) & 0xe0) === 0xe0)) return 'mpeg';
  return undefined;
}

const mimeBase = (mime: unknown) => (typeof mime === 'string' ? (mime.split(';')[0] ?? '').trim().toLowerCase() : '');

/** The first bytes of base64 audio, or none if it is not base64. */
function firstBytes(b64: unknown): Uint8Array {
  const head = typeof b64 === 'string' ? b64.slice(0, 24) : '';
  if (head.length % 4 || !/^[A-Za-z0-9+/]*={0,2}$/.test(head)) return new Uint8Array();
  return fromBase64(head);
}

const Base64Audio = z
  .string()
  .min(8)
  .max(Math.ceil(RECORDING_MAX_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .refine((b64) => b64.length % 4 === 0, 'whole base64')
  .refine(
    (b64) => (b64.length * 3) / 4 - (b64.match(/=+$/)?.[0].length ?? 0) < RECORDING_MAX_BYTES,
    'a recording up to 2 MB',
  );

/** Words a person reads (a name, a line): no control or direction-changing characters. */
const PlainText = z.string().regex(/^[^\p{Cc}\p{Cf}]*$/u, 'plain text');

export const VoicePackLine = z
  .object({
    /** Where the words come from (`ns:path`, `#n` for a template's nth part, `number:n`). */
    key: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[\w.:#-]+$/),
    /** The words as heard, for whoever reads the file. */
    words: PlainText.max(2000).refine((w) => w.trim() !== '', 'words to say'),
    wordsHash: z.string().regex(/^[0-9a-f]{64}$/),
    mime: z
      .string()
      .max(100)
      .refine((m) => mimeBase(m) in MIME_KINDS && /^[\w/.+-]+(;[\w =.,"-]*)?$/.test(m), 'an audio type'),
    audioBase64: Base64Audio,
  })
  .strict()
  .superRefine((line, ctx) => {
    if (typeof line.words !== 'string' || wordsHash(line.words) !== line.wordsHash) {
      ctx.addIssue({ code: 'custom', path: ['wordsHash'], message: 'the hash of the words' });
    }
    // Checks on the object run even when a field has failed its own, so nothing here may trust one.
    const kind = audioKind(firstBytes(line.audioBase64));
    if (!kind || !MIME_KINDS[mimeBase(line.mime)]?.includes(kind)) {
      ctx.addIssue({ code: 'custom', path: ['audioBase64'], message: `audio of type ${line.mime}` });
    }
  });
export type VoicePackLine = z.infer<typeof VoicePackLine>;

export const VoicePack = z
  .object({
    format: z.literal(VOICE_PACK_FORMAT),
    formatVersion: z.literal(VOICE_PACK_FORMAT_VERSION),
    packId: z.string().regex(/^[a-z0-9-]{1,60}$/),
    lang: z.string().regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/),
    /** The teacher's name as they chose to give it (may be empty). */
    recordedBy: PlainText.trim().max(80).default(''),
    exportedAt: z.string().datetime({ offset: true }),
    lines: z.array(VoicePackLine).min(1).max(VOICE_PACK_MAX_LINES),
  })
  .strict()
  .superRefine((file, ctx) => {
    const keys = new Set<string>();
    file.lines.forEach((line, i) => {
      if (keys.has(line.key)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'key'], message: 'a key once' });
      keys.add(line.key);
    });
  });
export type VoicePack = z.infer<typeof VoicePack>;

export type VoicePackProblem =
  | 'too-big'
  | 'not-json'
  | 'not-ours'
  | 'newer-version'
  | 'damaged'
  | 'unknown-pack'
  | 'unknown-language'
  | 'wrong-pack'
  | 'wrong-language';

export type VoicePackRead =
  | { ok: true; voicePack: VoicePack }
  | { ok: false; problem: VoicePackProblem; detail?: string; packId?: string; lang?: string };

export interface VoicePackPlace {
  /** The lesson packs and languages this device has. */
  packIds: ReadonlySet<string>;
  langs: ReadonlySet<string>;
  /** The pack and language the teacher is adding recordings to. */
  packId: string;
  lang: string;
}

/** A file's text as a voice pack for this pack and language, or why it is refused. */
export function readVoicePackText(text: string, here: VoicePackPlace): VoicePackRead {
  if (text.length > VOICE_PACK_MAX_BYTES) return { ok: false, problem: 'too-big' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== VOICE_PACK_FORMAT) {
    return { ok: false, problem: 'not-ours' };
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > VOICE_PACK_FORMAT_VERSION)
    return { ok: false, problem: 'newer-version' };
  const parsed = VoicePack.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: 'damaged', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined };
  }
  const { packId, lang } = parsed.data;
  if (!here.packIds.has(packId)) return { ok: false, problem: 'unknown-pack', packId, lang };
  if (!here.langs.has(lang)) return { ok: false, problem: 'unknown-language', packId, lang };
  if (packId !== here.packId) return { ok: false, problem: 'wrong-pack', packId, lang };
  if (lang !== here.lang) return { ok: false, problem: 'wrong-language', packId, lang };
  return { ok: true, voicePack: parsed.data };
}

/** A line a child hears in a pack and language, as the recording session lists it. */
export interface HeardLine {
  key: string;
  words: string;
}

export interface RecordingToShare extends HeardLine {
  mime: string;
  audio: Uint8Array;
}

/** A voice pack of these recordings, checked by the same schema that reads one. */
export function writeVoicePack(input: {
  packId: string;
  lang: string;
  recordedBy: string;
  exportedAt: string;
  lines: readonly RecordingToShare[];
}): VoicePack {
  return VoicePack.parse({
    format: VOICE_PACK_FORMAT,
    formatVersion: VOICE_PACK_FORMAT_VERSION,
    packId: input.packId,
    lang: input.lang,
    recordedBy: input.recordedBy.trim(),
    exportedAt: input.exportedAt,
    lines: input.lines.map((line) => ({
      key: line.key,
      words: line.words,
      wordsHash: wordsHash(line.words),
      mime: line.mime,
      audioBase64: toBase64(line.audio),
    })),
  });
}

export interface VoicePackPlan {
  /** Recordings to add, each for the words this device's pack has now (stored by their hash). */
  add: { key: string; words: string; lineHash: string; mime: string; audioBase64: string }[];
  /** Of those, how many take the place of a recording already here. */
  replaces: number;
  /** Lines recorded for words that have changed since (or that this pack no longer says). */
  changed: number;
}

/**
 * What importing a voice pack would do here, before anything changes: a line is added only
 * where this pack still says exactly the words it was recorded for.
 */
export function planVoicePack(
  voicePack: VoicePack,
  linesHere: readonly HeardLine[],
  recordedHere: ReadonlySet<string>,
): VoicePackPlan {
  const byKey = new Map(linesHere.map((line) => [line.key, line.words]));
  const plan: VoicePackPlan = { add: [], replaces: 0, changed: 0 };
  for (const line of voicePack.lines) {
    const words = byKey.get(line.key);
    if (words === undefined || wordsHash(words) !== line.wordsHash) {
      plan.changed++;
      continue;
    }
    const lineHash = narrationFileName(words);
    if (recordedHere.has(lineHash)) plan.replaces++;
    plan.add.push({ key: line.key, words, lineHash, mime: line.mime, audioBase64: line.audioBase64 });
  }
  return plan;
}
