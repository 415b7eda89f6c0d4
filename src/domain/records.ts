/*
 * The records kept on the device, as zod schemas. Storage writes only what passes these; a
 * backup or an old database is read back through them too (see CONVENTIONS: restore).
 */
import { z } from 'zod';
import { Stage } from './stage';

export const RECORD_FORMAT_VERSION = 1;

const Uuid = z.string().min(8).max(64);
const IsoTime = z.string().datetime({ offset: true });

/** First name and initial only: the app never asks for more (data minimisation). */
export const DisplayName = z
  .string()
  .trim()
  .min(1, 'a name is needed')
  .max(40, 'a first name and initial is at most 40 letters');

export const ClassRecord = z.object({
  id: Uuid,
  name: z.string().trim().min(1).max(60),
  stage: Stage,
  packId: z.string(),
  trustedAdultsAtSchool: z.array(z.object({ name: DisplayName, icon: z.string() })).default([]),
  createdAt: IsoTime,
});
export type ClassRecord = z.infer<typeof ClassRecord>;

export const PupilRecord = z.object({
  id: Uuid,
  classId: Uuid,
  displayName: DisplayName,
  avatar: z.string(),
  createdAt: IsoTime,
});
export type PupilRecord = z.infer<typeof PupilRecord>;

/** One answer. Append-only; written before the child sees feedback. */
export const AttemptRecord = z.object({
  id: Uuid,
  pupilId: Uuid,
  packId: z.string(),
  packVersion: z.string(),
  promiseId: z.string(),
  scenarioId: z.string(),
  /** One play of a scenario from its start; resume continues the latest unfinished run. */
  runId: Uuid,
  stepId: z.string(),
  choiceId: z.string(),
  correct: z.boolean(),
  /** The first answer to this step in this run. */
  firstTry: z.boolean(),
  /** The choice's words as the child saw them, for teachers' reports. */
  answerText: z.string().max(300),
  language: z.string(),
  at: IsoTime,
  deviceId: Uuid,
});
export type AttemptRecord = z.infer<typeof AttemptRecord>;

/**
 * Answers brought in from another device's backup, kept together per pupil per import: one
 * row instead of hundreds makes bringing a school's tablets together fast. Each answer is
 * still a whole AttemptRecord with its own id (so importing twice adds nothing).
 */
export const AttemptBatch = z.object({
  id: Uuid,
  pupilId: Uuid,
  attempts: z.array(AttemptRecord).min(1),
});
export type AttemptBatch = z.infer<typeof AttemptBatch>;

export const Stroke = z.array(z.tuple([z.number(), z.number()])).max(5000);
export type Stroke = z.infer<typeof Stroke>;

export const AcknowledgementRecord = z.object({
  id: Uuid,
  pupilId: Uuid,
  agreementId: z.string(),
  agreementVersion: z.string(),
  /** SHA-256 of the exact wording shown, in the language shown. */
  wordingHash: z.string().regex(/^[0-9a-f]{64}$/),
  wording: z.array(z.string()),
  language: z.string(),
  itemsTicked: z.array(z.string()),
  itemsToDiscuss: z.array(z.string()).default([]),
  trustedAdults: z.object({ school: z.array(z.string()), home: z.array(z.string()) }),
  signature: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('strokes'), strokes: z.array(Stroke).min(1) }),
    z.object({ kind: z.literal('typed'), name: DisplayName }),
    z.object({ kind: z.literal('profile-name'), name: DisplayName }),
  ]),
  signedAt: IsoTime,
  /** The device's clock was behind its own earlier records: the date may be wrong. */
  clockWarning: z.boolean().default(false),
  deviceId: Uuid,
});
export type AcknowledgementRecord = z.infer<typeof AcknowledgementRecord>;

export const SettingsRecord = z.object({
  id: z.literal('device'),
  deviceId: Uuid,
  passcode: z.object({ hash: z.string(), salt: z.string(), iterations: z.number().int().min(1) }).nullable(),
  /** The one-time recovery code, kept as a hash like the passcode. */
  recovery: z
    .object({ hash: z.string(), salt: z.string(), iterations: z.number().int().min(1) })
    .nullable()
    .default(null),
  failedUnlocks: z.number().int().min(0).default(0),
  lockedUntil: z.string().nullable().default(null),
  language: z.string().default('en-GB'),
  narration: z.boolean().default(true),
  /** 0.8 slower … 1.2 faster; applies to the recorded lines and the device's voice alike. */
  narrationRate: z.number().min(0.5).max(1.5).default(1),
  /** 'recorded': the app's narration files first; 'device': always the device's own voice. */
  narrationVoice: z.enum(['recorded', 'device']).default('recorded'),
  dyslexiaFont: z.boolean().default(false),
  reducedMotion: z.boolean().default(false),
  /** May a pupil make their promise / sign before playing every promise? (a teacher's choice) */
  signBeforeFinishing: z.boolean().default(false),
  /** Single-switch access: the highlight moves by itself; the switch (Space or Enter) presses. */
  switchScanning: z.boolean().default(false),
  /** How parents reach the school (shown on the parents' help page); set by the teacher. */
  schoolContact: z.string().trim().max(300).default(''),
  scanIntervalMs: z.number().int().min(500).max(6000).default(2000),
});
export type SettingsRecord = z.infer<typeof SettingsRecord>;

/**
 * A teacher's own voice for one line, for one class: used instead of the app's narration
 * whenever a child of that class hears that line. Recording it again replaces it.
 */
export const VoiceRecording = z.object({
  /** `<classId>:<lang>:<lineHash>`, so one line has one recording per class and language. */
  id: z.string().max(200),
  classId: Uuid,
  lang: z.string().max(20),
  lineHash: z.string().regex(/^[0-9a-f]{20}$/),
  text: z.string().max(2000),
  mime: z.string().regex(/^audio\/[\w.+-]+(;.*)?$/),
  audio: z.instanceof(Blob).refine((b) => b.size > 0 && b.size < 2_000_000, 'a recording up to 2 MB'),
  recordedAt: IsoTime,
});
export type VoiceRecording = z.infer<typeof VoiceRecording>;

/** Where a child is, so a reload puts them back. Cleared when they leave the game. */
export const PlaySession = z.object({
  id: z.literal('current'),
  pupilId: Uuid,
  packId: z.string(),
  promiseId: z.string(),
  scenarioId: z.string().nullable(),
  runId: Uuid.nullable(),
});
export type PlaySession = z.infer<typeof PlaySession>;
