/*
 * The one Dexie database of the device. Every schema change is a new `version(n)` with an
 * upgrade that keeps old records, and a unit test that opens a database made by version n-1.
 * Only src/storage imports dexie; everything else calls the repositories.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  AcknowledgementRecord,
  AttemptBatch,
  AttemptRecord,
  ClassRecord,
  PlaySession,
  PupilRecord,
  SettingsRecord,
  VoiceRecording,
} from '../domain/records';
import type { SchoolWording } from '../domain/schoolWording';

export const DATABASE_NAME = 'stay-safe-online';

export type SafeDatabase = Dexie & {
  classes: EntityTable<ClassRecord, 'id'>;
  pupils: EntityTable<PupilRecord, 'id'>;
  attempts: EntityTable<AttemptRecord, 'id'>;
  attemptBatches: EntityTable<AttemptBatch, 'id'>;
  recordings: EntityTable<VoiceRecording, 'id'>;
  acknowledgements: EntityTable<AcknowledgementRecord, 'id'>;
  /** The school's own wordings, one row per published version. */
  agreements: EntityTable<SchoolWording, 'id'>;
  settings: EntityTable<SettingsRecord, 'id'>;
  sessions: EntityTable<PlaySession, 'id'>;
};

export const SCHEMA_V1 = {
  classes: 'id, name',
  pupils: 'id, classId',
  attempts: 'id, pupilId, [pupilId+scenarioId], runId, at',
  acknowledgements: 'id, pupilId, signedAt',
  agreements: 'id, packId',
  settings: 'id',
  sessions: 'id',
};

/**
 * v2: answers are only ever looked up by pupil, so the other answer indexes went (each is
 * written for every answer); answers imported from other devices are kept in batches.
 */
export const SCHEMA_V2 = { ...SCHEMA_V1, attempts: 'id, pupilId', attemptBatches: 'id, pupilId' };

/** v3: a teacher's own recordings of lines, per class. */
export const SCHEMA_V3 = { ...SCHEMA_V2, recordings: 'id, classId' };

export function openDatabase(name = DATABASE_NAME): SafeDatabase {
  // 'relaxed': a commit is done once the browser has it (it survives a closed tab or a crashed
  // page); waiting for the disk's flush too took ~50 ms per answer on a test machine.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as SafeDatabase;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  db.version(3).stores(SCHEMA_V3);
  return db;
}
