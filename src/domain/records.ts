/*
 * The records kept on the device, as zod schemas. Storage writes only what passes these; a
 * backup or an old database is read back through them too (see CONVENTIONS: restore).
 */
import * as z from 'zod/mini';
import { Stage } from './stage';
import { UNDERSTANDING_LEVELS } from './understanding';

export const RECORD_FORMAT_VERSION = 1;

const Uuid = z.string().check(z.minLength(8), z.maxLength(64));
const IsoTime = z.iso.datetime({ offset: true });

/** First name and initial only: the app never asks for more (data minimisation). */
export const DisplayName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'a name is needed'),
    z.maxLength(40, 'a first name and initial is at most 40 letters'),
  );

export const ClassRecord = z.object({
  id: Uuid,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  stage: Stage,
  packId: z.string(),
  trustedAdultsAtSchool: z._default(z.array(z.object({ name: DisplayName, icon: z.string() })), []),
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
  answerText: z.string().check(z.maxLength(300)),
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
  attempts: z.array(AttemptRecord).check(z.minLength(1)),
});
export type AttemptBatch = z.infer<typeof AttemptBatch>;

export const Stroke = z.array(z.tuple([z.number(), z.number()])).check(z.maxLength(5000));
export type Stroke = z.infer<typeof Stroke>;

export const AcknowledgementRecord = z.object({
  id: Uuid,
  pupilId: Uuid,
  agreementId: z.string(),
  agreementVersion: z.string(),
  /** SHA-256 of the exact wording shown, in the language shown. */
  wordingHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  wording: z.array(z.string()),
  language: z.string(),
  itemsTicked: z.array(z.string()),
  itemsToDiscuss: z._default(z.array(z.string()), []),
  trustedAdults: z.object({ school: z.array(z.string()), home: z.array(z.string()) }),
  signature: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('strokes'), strokes: z.array(Stroke).check(z.minLength(1)) }),
    z.object({ kind: z.literal('typed'), name: DisplayName }),
    z.object({ kind: z.literal('profile-name'), name: DisplayName }),
  ]),
  signedAt: IsoTime,
  /** The device's clock was behind its own earlier records: the date may be wrong. */
  clockWarning: z._default(z.boolean(), false),
  deviceId: Uuid,
  /**
   * What the pupil had shown of each statement (or promise) at the moment of signing: its level,
   * the date of that evidence and the rule that judged it, kept so that a later rule, a later
   * answer or an import never changes what was signed beside (Kolibri's habit). Records made
   * before this was kept have none; their printout works the levels out from the answers.
   */
  levels: z.optional(
    z.object({
      ruleVersion: z.int().check(z.minimum(1)),
      items: z.array(
        z.object({ id: z.string(), level: z.enum(UNDERSTANDING_LEVELS), evidenceAt: z.nullable(IsoTime) }),
      ),
    }),
  ),
});
export type AcknowledgementRecord = z.infer<typeof AcknowledgementRecord>;

/** A passcode or recovery code, as PBKDF2 keeps it. */
const PasswordHash = z.object({ hash: z.string(), salt: z.string(), iterations: z.int().check(z.minimum(1)) });

export const SettingsRecord = z.object({
  id: z.literal('device'),
  deviceId: Uuid,
  passcode: z.nullable(PasswordHash),
  /** The one-time recovery code, kept as a hash like the passcode. */
  recovery: z._default(z.nullable(PasswordHash), null),
  failedUnlocks: z._default(z.int().check(z.minimum(0)), 0),
  lockedUntil: z._default(z.nullable(z.string()), null),
  language: z._default(z.string(), 'en-GB'),
  narration: z._default(z.boolean(), true),
  /** 0.8 slower … 1.2 faster; applies to the recorded lines and the device's voice alike. */
  narrationRate: z._default(z.number().check(z.minimum(0.5), z.maximum(1.5)), 1),
  /** 'recorded': the app's narration files first; 'device': always the device's own voice. */
  narrationVoice: z._default(z.enum(['recorded', 'device']), 'recorded'),
  dyslexiaFont: z._default(z.boolean(), false),
  reducedMotion: z._default(z.boolean(), false),
  /** Gentle sounds in play (a chime, a "hmm", a ping); the narration is its own setting. */
  sounds: z._default(z.boolean(), true),
  /** May a pupil make their promise / sign before playing every promise? (a teacher's choice) */
  signBeforeFinishing: z._default(z.boolean(), false),
  /** Single-switch access: the highlight moves by itself; the switch (Space or Enter) presses. */
  switchScanning: z._default(z.boolean(), false),
  /** How parents reach the school (shown on the parents' help page); set by the teacher. */
  schoolContact: z._default(z.string().check(z.trim(), z.maxLength(300)), ''),
  scanIntervalMs: z._default(z.int().check(z.minimum(500), z.maximum(6000)), 2000),
  /** Minutes with no touch or key after which the teacher area locks itself. */
  teacherIdleMinutes: z._default(z.int().check(z.minimum(1), z.maximum(30)), 5),
});
export type SettingsRecord = z.infer<typeof SettingsRecord>;

/** A teacher's recording of one line is under this size, made here or imported. */
export const RECORDING_MAX_BYTES = 2_000_000;

/**
 * A teacher's own voice for one line, for one class: used instead of the app's narration
 * whenever a child of that class hears that line. Recording it again replaces it.
 */
export const VoiceRecording = z.object({
  /** `<classId>:<lang>:<lineHash>`, so one line has one recording per class and language. */
  id: z.string().check(z.maxLength(200)),
  classId: Uuid,
  lang: z.string().check(z.maxLength(20)),
  lineHash: z.string().check(z.regex(/^[0-9a-f]{20}$/)),
  text: z.string().check(z.maxLength(2000)),
  mime: z.string().check(z.regex(/^audio\/[\w.+-]+(;.*)?$/)),
  audio: z
    .instanceof(Blob)
    .check(z.refine((b) => b.size > 0 && b.size < RECORDING_MAX_BYTES, 'a recording up to 2 MB')),
  recordedAt: IsoTime,
});
export type VoiceRecording = z.infer<typeof VoiceRecording>;

/** Where a child is, so a reload puts them back. Cleared when they leave the game. */
export const PlaySession = z.object({
  id: z.literal('current'),
  pupilId: Uuid,
  packId: z.string(),
  promiseId: z.string(),
  scenarioId: z.nullable(z.string()),
  runId: z.nullable(Uuid),
  /** In a check-back round (src/domain/checkBack.ts) rather than a promise's own play. */
  checkBack: z.optional(z.boolean()),
});
export type PlaySession = z.infer<typeof PlaySession>;
