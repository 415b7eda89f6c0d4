/*
 * A device's records as one file, and how files from several devices come together.
 * Reading a file never trusts it: size first, then JSON, then every record through its zod
 * schema. Merging is planned before anything changes (the teacher sees the plan), keyed by
 * record ids so the same file imported twice adds nothing. A class set up separately on two
 * tablets (same name and key stage) and a pupil on both (same class, same name) are offered
 * as matches, and when merged, their answers and agreements move to the one already here.
 */
import { z } from 'zod';
import * as zm from 'zod/mini';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backupFormat';
import {
  AcknowledgementRecord,
  AttemptRecord,
  ClassRecord,
  PupilRecord,
  RECORDING_MAX_BYTES,
  VoiceRecording,
} from './records';
import { SchoolWording } from './schoolWording';

export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION };
/** 60,000 answers are about 25 MB of JSON; anything far beyond that is not ours. */
export const BACKUP_MAX_BYTES = 80 * 1024 * 1024;

/** A teacher's recording in a backup file: the audio as base64 text. */
export const BackupRecording = z.object({
  ...zm.omit(VoiceRecording, { audio: true }).shape,
  // The same limit as a recording saved on this device (VoiceRecording: under 2 MB, not empty).
  audioBase64: z
    .string()
    .min(4)
    .max(Math.ceil(RECORDING_MAX_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .refine(
      (b64) => (b64.length * 3) / 4 - (b64.match(/=+$/)?.[0].length ?? 0) < RECORDING_MAX_BYTES,
      'a recording up to 2 MB',
    ),
});
export type BackupRecording = z.infer<typeof BackupRecording>;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: z.string().datetime({ offset: true }),
  deviceId: z.string().min(1).max(64),
  classes: z.array(ClassRecord).max(500),
  pupils: z.array(PupilRecord).max(20_000),
  attempts: z.array(AttemptRecord).max(2_000_000),
  acknowledgements: z.array(AcknowledgementRecord).max(100_000),
  /** The school's own wordings (every published version). */
  wordings: z.array(SchoolWording).max(1000).default([]),
  recordings: z.array(BackupRecording).max(5000).default([]),
});
export type Backup = z.infer<typeof Backup>;

export const LockedBackup = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  locked: z.object({
    cipher: z.literal('AES-GCM'),
    kdf: z.literal('PBKDF2-SHA-256'),
    iterations: z.number().int().min(100_000).max(2_000_000),
    salt: z.string().regex(/^[A-Za-z0-9+/=]{16,64}$/),
    iv: z.string().regex(/^[A-Za-z0-9+/=]{16,32}$/),
    data: z.string().regex(/^[A-Za-z0-9+/=]*$/),
  }),
});
export type LockedBackup = z.infer<typeof LockedBackup>;

export type BackupProblem = 'too-big' | 'not-json' | 'not-ours' | 'newer-version' | 'damaged' | 'wrong-passphrase';

export type ReadResult =
  | { ok: true; backup: Backup }
  | { ok: true; locked: LockedBackup }
  | { ok: false; problem: BackupProblem; detail?: string };

/** Turns a file's text into a backup (or a locked one to open with a passphrase), or says why not. */
export function readBackupText(text: string): ReadResult {
  if (text.length > BACKUP_MAX_BYTES) return { ok: false, problem: 'too-big' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  return readBackupJson(json);
}

export function readBackupJson(json: unknown): ReadResult {
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: 'not-ours' };
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) return { ok: false, problem: 'newer-version' };
  if ('locked' in json) {
    const locked = LockedBackup.safeParse(json);
    return locked.success ? { ok: true, locked: locked.data } : { ok: false, problem: 'damaged' };
  }
  const parsed = Backup.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: 'damaged', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined };
  }
  return { ok: true, backup: parsed.data };
}

export interface DeviceRecords {
  classes: readonly ClassRecord[];
  pupils: readonly PupilRecord[];
  attemptIds: ReadonlySet<string>;
  acknowledgementIds: ReadonlySet<string>;
  wordingIds?: ReadonlySet<string>;
  recordingIds?: ReadonlySet<string>;
  /** The lesson packs this device has: a backup using another is refused, naming it. */
  packIds?: ReadonlySet<string>;
}

export interface MergePlan {
  classes: ClassRecord[];
  pupils: PupilRecord[];
  attempts: AttemptRecord[];
  acknowledgements: AcknowledgementRecord[];
  wordings: SchoolWording[];
  recordings: BackupRecording[];
  alreadyHere: { classes: number; pupils: number; attempts: number; acknowledgements: number };
  /** Incoming → existing, by id: the same class (name + key stage) or pupil (class + name). */
  classMatches: { incoming: ClassRecord; existing: ClassRecord }[];
  pupilMatches: { incoming: PupilRecord; existing: PupilRecord }[];
  /** Lesson packs the backups use that this device does not have (nothing may be imported). */
  unknownPacks: string[];
}

/** How many records applying the plan would add: a wording or a recording alone counts too. */
export function planAdds(plan: MergePlan): number {
  return (
    plan.classes.length +
    plan.pupils.length +
    plan.attempts.length +
    plan.acknowledgements.length +
    plan.wordings.length +
    plan.recordings.length
  );
}

const sameName = (a: string, b: string) =>
  a.normalize('NFC').trim().toLocaleLowerCase() === b.normalize('NFC').trim().toLocaleLowerCase();

/**
 * What importing these backups would add. With `mergeMatches`, a matched class or pupil is not
 * added again: its records move to the one already here. Several backups are planned together,
 * so fourteen tablets' files make one plan and one transaction.
 */
export function planMerge(here: DeviceRecords, backups: readonly Backup[], mergeMatches: boolean): MergePlan {
  const classesById = new Map(here.classes.map((c) => [c.id, c]));
  const pupilsById = new Map(here.pupils.map((p) => [p.id, p]));
  const attemptIds = new Set(here.attemptIds);
  const ackIds = new Set(here.acknowledgementIds);
  const plan: MergePlan = {
    classes: [],
    pupils: [],
    attempts: [],
    acknowledgements: [],
    wordings: [],
    recordings: [],
    alreadyHere: { classes: 0, pupils: 0, attempts: 0, acknowledgements: 0 },
    classMatches: [],
    pupilMatches: [],
    unknownPacks: [],
  };
  const unknownPacks = new Set<string>();
  const checkPack = (packId: string) => {
    if (here.packIds && !here.packIds.has(packId)) unknownPacks.add(packId);
  };
  const wordingIds = new Set(here.wordingIds ?? []);
  const classMap = new Map<string, string>();
  const pupilMap = new Map<string, string>();

  for (const backup of backups) {
    for (const c of backup.classes) {
      checkPack(c.packId);
      if (classesById.has(c.id) || classMap.has(c.id)) {
        plan.alreadyHere.classes++;
        continue;
      }
      const match = [...classesById.values()].find((e) => e.stage === c.stage && sameName(e.name, c.name));
      if (match) plan.classMatches.push({ incoming: c, existing: match });
      if (match && mergeMatches) classMap.set(c.id, match.id);
      else {
        classesById.set(c.id, c);
        plan.classes.push(c);
      }
    }
    for (const p of backup.pupils) {
      if (pupilsById.has(p.id) || pupilMap.has(p.id)) {
        plan.alreadyHere.pupils++;
        continue;
      }
      const classId = classMap.get(p.classId) ?? p.classId;
      // The same child added separately on two tablets, to the same class or to two copies of
      // it: names in a class are kept distinct (src/domain/pupilList.ts), so the name says who.
      const match = [...pupilsById.values()].find(
        (e) => e.classId === classId && sameName(e.displayName, p.displayName),
      );
      if (match) plan.pupilMatches.push({ incoming: p, existing: match });
      if (match && mergeMatches) pupilMap.set(p.id, match.id);
      else {
        const moved = { ...p, classId };
        pupilsById.set(p.id, moved);
        plan.pupils.push(moved);
      }
    }
    for (const a of backup.attempts) {
      if (attemptIds.has(a.id)) {
        plan.alreadyHere.attempts++;
        continue;
      }
      attemptIds.add(a.id);
      plan.attempts.push({ ...a, pupilId: pupilMap.get(a.pupilId) ?? a.pupilId });
    }
    for (const r of backup.recordings) {
      const classId = classMap.get(r.classId) ?? r.classId;
      const id = `${classId}:${r.lang}:${r.lineHash}`;
      if (here.recordingIds?.has(id) || plan.recordings.some((x) => x.id === id)) continue;
      plan.recordings.push({ ...r, id, classId });
    }
    for (const w of backup.wordings) {
      checkPack(w.packId);
      if (wordingIds.has(w.id)) continue;
      wordingIds.add(w.id);
      // Another device's wording joins the history; children play it only once a teacher here chooses it.
      plan.wordings.push({ ...w, imported: true });
    }
    for (const a of backup.acknowledgements) {
      if (ackIds.has(a.id)) {
        plan.alreadyHere.acknowledgements++;
        continue;
      }
      ackIds.add(a.id);
      plan.acknowledgements.push({ ...a, pupilId: pupilMap.get(a.pupilId) ?? a.pupilId });
    }
  }
  // Records must point at a pupil and class that exist once the plan is applied.
  plan.pupils = plan.pupils.filter((p) => classesById.has(p.classId));
  const known = new Set([...here.pupils.map((p) => p.id), ...plan.pupils.map((p) => p.id)]);
  plan.attempts = plan.attempts.filter((a) => known.has(a.pupilId));
  plan.acknowledgements = plan.acknowledgements.filter((a) => known.has(a.pupilId));
  plan.unknownPacks = [...unknownPacks].sort();
  return plan;
}
