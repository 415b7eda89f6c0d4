/*
 * The whole device at once: the backup file, what is here for planning a merge, applying a
 * merge, and wiping everything. Each is one transaction: all of it, or none.
 */
import type { Backup, DeviceRecords, MergePlan } from '../domain/backup';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../domain/backupFormat';
import { fromBase64, toBase64 } from '../domain/base64';
import { newId } from '../domain/ids';
import { AcknowledgementRecord, AttemptRecord, ClassRecord, PupilRecord, VoiceRecording } from '../domain/records';
import { SchoolWording } from '../domain/schoolWording';
import type { SettingsRepository } from './settingsRepository';
import { guarded } from './storageError';
import { byTime, now, type StoredRows } from './storedRows';

const BATCHES_PER_WRITE = 10;

export class DeviceRepository {
  constructor(
    private readonly rows: StoredRows,
    private readonly device: SettingsRepository,
  ) {}

  /** Everything on the device, in one transaction: after a killed tab, all of it is gone or none. */
  wipeEverything(): Promise<void> {
    const { db } = this.rows;
    return guarded(() =>
      db.transaction('rw', db.tables, async () => {
        for (const table of db.tables) await table.clear();
      }),
    );
  }

  /** Everything on the device that a backup carries (a damaged row would make the file unreadable). */
  async backup(): Promise<Backup> {
    const { rows } = this;
    const { db } = rows;
    const { deviceId } = await this.device.settings();
    const recordings = rows.readable('recordings', VoiceRecording, await guarded(() => db.recordings.toArray()));
    const encoded = await Promise.all(
      recordings.map(async ({ audio, ...rest }) => ({
        ...rest,
        audioBase64: toBase64(new Uint8Array(await audio.arrayBuffer())),
      })),
    );
    return guarded(() =>
      db.transaction('r', backedUpTables(rows), async () => ({
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        exportedAt: now(),
        deviceId,
        classes: rows.readable('classes', ClassRecord, await db.classes.toArray()),
        pupils: rows.readable('pupils', PupilRecord, await db.pupils.toArray()),
        attempts: byTime(await everyAttempt(rows)),
        acknowledgements: rows.readable('acknowledgements', AcknowledgementRecord, await db.acknowledgements.toArray()),
        wordings: rows.readable('agreements', SchoolWording, await db.agreements.toArray()),
        recordings: encoded,
      })),
    );
  }

  /** What is here already, for planning a merge. */
  deviceRecords(): Promise<DeviceRecords> {
    const { rows } = this;
    const { db } = rows;
    return guarded(() =>
      db.transaction('r', [...backedUpTables(rows), db.recordings], async () => ({
        wordingIds: new Set((await db.agreements.toCollection().primaryKeys()) as string[]),
        recordingIds: new Set((await db.recordings.toCollection().primaryKeys()) as string[]),
        classes: rows.readable('classes', ClassRecord, await db.classes.toArray()),
        pupils: rows.readable('pupils', PupilRecord, await db.pupils.toArray()),
        attemptIds: new Set([
          ...((await db.attempts.toCollection().primaryKeys()) as string[]),
          ...rows.batchAttempts(await db.attemptBatches.toArray()).map((a) => a.id),
        ]),
        acknowledgementIds: new Set((await db.acknowledgements.toCollection().primaryKeys()) as string[]),
      })),
    );
  }

  /**
   * Applies a merge plan in one transaction: all of it, or (on any failure) none of it. The
   * answers go in as one batch per pupil, written a few pupils at a time so the page keeps
   * painting while a whole school's answers are stored.
   */
  applyMerge(plan: MergePlan): Promise<void> {
    const { db } = this.rows;
    const perPupil = new Map<string, AttemptRecord[]>();
    for (const a of plan.attempts) {
      const list = perPupil.get(a.pupilId);
      if (list) list.push(a);
      else perPupil.set(a.pupilId, [a]);
    }
    const batches = [...perPupil].map(([pupilId, attempts]) => ({ id: newId(), pupilId, attempts }));
    const recordings = plan.recordings.map(({ audioBase64, ...rest }) =>
      VoiceRecording.parse({ ...rest, audio: new Blob([fromBase64(audioBase64) as BlobPart], { type: rest.mime }) }),
    );
    return guarded(() =>
      db.transaction(
        'rw',
        [db.classes, db.pupils, db.attemptBatches, db.acknowledgements, db.agreements, db.recordings],
        async () => {
          await db.agreements.bulkAdd(plan.wordings);
          await db.recordings.bulkPut(recordings);
          await db.classes.bulkAdd(plan.classes);
          await db.pupils.bulkAdd(plan.pupils);
          for (let i = 0; i < batches.length; i += BATCHES_PER_WRITE) {
            await db.attemptBatches.bulkAdd(batches.slice(i, i + BATCHES_PER_WRITE));
          }
          await db.acknowledgements.bulkAdd(plan.acknowledgements);
        },
      ),
    );
  }
}

/** The tables a backup carries (recordings are read apart: their audio is encoded first). */
function backedUpTables({ db }: StoredRows) {
  return [db.classes, db.pupils, db.attempts, db.attemptBatches, db.acknowledgements, db.agreements];
}

/** Answers made here and answers imported from other devices, together (inside a transaction). */
async function everyAttempt(rows: StoredRows): Promise<AttemptRecord[]> {
  return [
    ...rows.readable('attempts', AttemptRecord, await rows.db.attempts.toArray()),
    ...rows.batchAttempts(await rows.db.attemptBatches.toArray()),
  ];
}
