/*
 * What the rest of the app may ask of storage. Every write is validated by the record schemas
 * first, so nothing half-formed is stored; a write either commits whole or throws a
 * StorageError and leaves the database as it was. Every read goes through the same schemas:
 * a row damaged outside the app is skipped (and counted for the teacher), never rewritten.
 */

import type { ZodMiniType } from 'zod/mini';
import type { Backup, DeviceRecords, MergePlan } from '../domain/backup';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../domain/backupFormat';
import { fromBase64, toBase64 } from '../domain/base64';
import { newId } from '../domain/ids';
import {
  AcknowledgementRecord,
  AttemptRecord,
  ClassRecord,
  PlaySession,
  PupilRecord,
  SettingsRecord,
  VoiceRecording,
} from '../domain/records';
import { SchoolWording, type WordingItem } from '../domain/schoolWording';
import type { ChildRepositories } from './childRepositories';
import type { SafeDatabase } from './database';
import { guarded } from './storageError';

export type SettingsPatch = Partial<Omit<SettingsRecord, 'id' | 'deviceId'>>;

export { newId };
export const now = (): string => new Date().toISOString();

const BATCHES_PER_WRITE = 10;

const byTime = (attempts: AttemptRecord[]) => attempts.sort((a, b) => a.at.localeCompare(b.at));
const byName = (pupils: PupilRecord[]) => pupils.sort((a, b) => a.displayName.localeCompare(b.displayName));

export class Repositories implements ChildRepositories {
  /**
   * Rows read so far that do not fit their schema (`table:id`). They stay in the database as
   * they are; the teacher area says how many there are.
   */
  readonly unreadable = new Set<string>();

  constructor(readonly db: SafeDatabase) {}

  /** The rows that fit the schema; the others are noted in `unreadable` and left alone. */
  private readable<T>(where: string, schema: ZodMiniType<T>, rows: readonly unknown[]): T[] {
    const good: T[] = [];
    for (const row of rows) {
      const parsed = schema.safeParse(row);
      if (parsed.success) good.push(parsed.data);
      else this.unreadable.add(`${where}:${String((row as { id?: unknown } | null)?.id)}`);
    }
    return good;
  }

  private readableOne<T>(where: string, schema: ZodMiniType<T>, row: unknown): T | undefined {
    return row === undefined ? undefined : this.readable(where, schema, [row])[0];
  }

  /** The answers inside imported batches, each checked on its own (one bad answer skips only itself). */
  private batchAttempts(batches: readonly unknown[]): AttemptRecord[] {
    return batches.flatMap((batch) => {
      const { id, attempts } = (batch ?? {}) as { id?: unknown; attempts?: unknown };
      if (Array.isArray(attempts)) return this.readable(`attemptBatches:${String(id)}`, AttemptRecord, attempts);
      this.unreadable.add(`attemptBatches:${String(id)}`);
      return [];
    });
  }

  /** The device's settings, created with a fresh device id on first use. */
  settings(): Promise<SettingsRecord> {
    return guarded(() =>
      this.db.transaction('rw', this.db.settings, async () => {
        const stored = await this.db.settings.get('device');
        if (stored) return SettingsRecord.parse(stored);
        const fresh = SettingsRecord.parse({ id: 'device', deviceId: newId(), passcode: null });
        await this.db.settings.put(fresh);
        return fresh;
      }),
    );
  }

  /**
   * Changes some settings in one transaction. A patch made from the current settings (a count
   * of wrong guesses) is read and written together, so two at once cannot lose one.
   */
  updateSettings(patch: SettingsPatch | ((current: SettingsRecord) => SettingsPatch)): Promise<SettingsRecord> {
    return guarded(() =>
      this.db.transaction('rw', this.db.settings, async () => {
        const current = await this.settings();
        const next = SettingsRecord.parse({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
        await this.db.settings.put(next);
        return next;
      }),
    );
  }

  /** Changes some of a class's fields; the whole record is checked again before it is written. */
  async updateClass(id: string, changes: Partial<Omit<ClassRecord, 'id' | 'createdAt'>>): Promise<ClassRecord> {
    return guarded(() =>
      this.db.transaction('rw', this.db.classes, async () => {
        const current = await this.db.classes.get(id);
        if (!current) throw new Error(`No class ${id}`);
        const next = ClassRecord.parse({ ...current, ...changes });
        await this.db.classes.put(next);
        return next;
      }),
    );
  }

  /** A class and its pupils, written together or not at all. */
  async createClass(input: Omit<ClassRecord, 'id' | 'createdAt'>, pupils: { displayName: string; avatar: string }[]) {
    const createdAt = now();
    const klass = ClassRecord.parse({ ...input, id: newId(), createdAt });
    const rows = pupils.map((p) => PupilRecord.parse({ ...p, id: newId(), classId: klass.id, createdAt }));
    return guarded(() =>
      this.db.transaction('rw', this.db.classes, this.db.pupils, async () => {
        await this.db.classes.add(klass);
        await this.db.pupils.bulkAdd(rows);
        return { klass, pupils: rows };
      }),
    );
  }

  async addPupils(classId: string, pupils: { displayName: string; avatar: string }[]): Promise<PupilRecord[]> {
    const createdAt = now();
    const rows = pupils.map((p) => PupilRecord.parse({ ...p, id: newId(), classId, createdAt }));
    return guarded(async () => {
      await this.db.pupils.bulkAdd(rows);
      return rows;
    });
  }

  listClasses(): Promise<ClassRecord[]> {
    return guarded(async () => this.readable('classes', ClassRecord, await this.db.classes.orderBy('name').toArray()));
  }

  getClass(id: string): Promise<ClassRecord | undefined> {
    return guarded(async () => this.readableOne('classes', ClassRecord, await this.db.classes.get(id)));
  }

  listPupils(classId: string): Promise<PupilRecord[]> {
    return guarded(async () =>
      byName(this.readable('pupils', PupilRecord, await this.db.pupils.where('classId').equals(classId).toArray())),
    );
  }

  getPupil(id: string): Promise<PupilRecord | undefined> {
    return guarded(async () => this.readableOne('pupils', PupilRecord, await this.db.pupils.get(id)));
  }

  /** Resolves only once the answer is committed: the caller shows feedback after this. */
  async recordAttempt(attempt: Omit<AttemptRecord, 'id' | 'at'>): Promise<AttemptRecord> {
    const row = AttemptRecord.parse({ ...attempt, id: newId(), at: now() });
    // Relaxed: committed once the browser has it (survives a closed tab or a crashed page).
    await guarded(() => this.addOne('attempts', row, 'relaxed'));
    return row;
  }

  /** A pupil's answers, made here or imported, oldest first. */
  attemptsOf(pupilId: string): Promise<AttemptRecord[]> {
    return guarded(() =>
      this.db.transaction('r', this.db.attempts, this.db.attemptBatches, async () =>
        byTime([
          ...this.readable(
            'attempts',
            AttemptRecord,
            await this.db.attempts.where('pupilId').equals(pupilId).toArray(),
          ),
          ...this.batchAttempts(await this.db.attemptBatches.where('pupilId').equals(pupilId).toArray()),
        ]),
      ),
    );
  }

  /**
   * A signature or promise is written with strict durability: once the child sees it saved, it
   * is on the disk and survives a power cut (answers stay relaxed, for the answer-saved budget).
   */
  async addAcknowledgement(record: Omit<AcknowledgementRecord, 'id'>): Promise<AcknowledgementRecord> {
    const row = AcknowledgementRecord.parse({ ...record, id: newId() });
    await guarded(() => this.addOne('acknowledgements', row, 'strict'));
    return row;
  }

  /**
   * One new row in one store, straight through IndexedDB (Dexie's own database underneath): the
   * two writes a child waits for, an answer and a signature, with the durability each needs.
   */
  private async addOne(store: 'attempts' | 'acknowledgements', row: unknown, durability: IDBTransactionDurability) {
    if (!this.db.isOpen()) await this.db.open();
    await new Promise<void>((resolve, reject) => {
      const tx = this.db.backendDB().transaction(store, 'readwrite', { durability });
      tx.objectStore(store).add(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new DOMException(`Not saved in ${store}`, 'AbortError'));
    });
  }

  acknowledgementsOf(pupilId: string): Promise<AcknowledgementRecord[]> {
    return guarded(async () =>
      this.readable(
        'acknowledgements',
        AcknowledgementRecord,
        await this.db.acknowledgements.where('pupilId').equals(pupilId).toArray(),
      ).sort((a, b) => a.signedAt.localeCompare(b.signedAt)),
    );
  }

  /** Every answer and agreement of a class's pupils, for the dashboard and exports. */
  classRecords(classId: string) {
    return guarded(() =>
      this.db.transaction(
        'r',
        [this.db.pupils, this.db.attempts, this.db.attemptBatches, this.db.acknowledgements],
        async () => {
          const pupils = byName(
            this.readable('pupils', PupilRecord, await this.db.pupils.where('classId').equals(classId).toArray()),
          );
          const ids = pupils.map((p) => p.id);
          const [made, imported, acknowledgements] = await Promise.all([
            this.db.attempts.where('pupilId').anyOf(ids).toArray(),
            this.db.attemptBatches.where('pupilId').anyOf(ids).toArray(),
            this.db.acknowledgements.where('pupilId').anyOf(ids).toArray(),
          ]);
          return {
            pupils,
            attempts: [...this.readable('attempts', AttemptRecord, made), ...this.batchAttempts(imported)],
            acknowledgements: this.readable('acknowledgements', AcknowledgementRecord, acknowledgements),
          };
        },
      ),
    );
  }

  async updatePupil(id: string, changes: Partial<Pick<PupilRecord, 'displayName' | 'avatar' | 'classId'>>) {
    return guarded(() =>
      this.db.transaction('rw', this.db.pupils, async () => {
        const current = await this.db.pupils.get(id);
        if (!current) throw new Error(`No pupil ${id}`);
        const next = PupilRecord.parse({ ...current, ...changes });
        await this.db.pupils.put(next);
        return next;
      }),
    );
  }

  /** A pupil and everything they did, gone together. */
  deletePupils(pupilIds: string[]): Promise<void> {
    return guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.pupils, this.db.attempts, this.db.attemptBatches, this.db.acknowledgements, this.db.sessions],
        async () => {
          await this.db.attempts.where('pupilId').anyOf(pupilIds).delete();
          await this.db.attemptBatches.where('pupilId').anyOf(pupilIds).delete();
          await this.db.acknowledgements.where('pupilId').anyOf(pupilIds).delete();
          await this.db.pupils.bulkDelete(pupilIds);
          await this.db.sessions.clear();
        },
      ),
    );
  }

  /** A class, its pupils and all their records, gone together. */
  deleteClass(classId: string): Promise<void> {
    return guarded(() =>
      this.db.transaction(
        'rw',
        [
          this.db.classes,
          this.db.pupils,
          this.db.attempts,
          this.db.attemptBatches,
          this.db.acknowledgements,
          this.db.sessions,
          this.db.recordings,
        ],
        async () => {
          const pupilIds = (await this.db.pupils.where('classId').equals(classId).primaryKeys()) as string[];
          await this.db.attempts.where('pupilId').anyOf(pupilIds).delete();
          await this.db.attemptBatches.where('pupilId').anyOf(pupilIds).delete();
          await this.db.acknowledgements.where('pupilId').anyOf(pupilIds).delete();
          await this.db.pupils.bulkDelete(pupilIds);
          await this.db.recordings.where('classId').equals(classId).delete();
          await this.db.classes.delete(classId);
          await this.db.sessions.clear();
        },
      ),
    );
  }

  /** Saves (or replaces) a teacher's recording of a line for a class. */
  saveRecording(input: Omit<VoiceRecording, 'id' | 'recordedAt'>): Promise<VoiceRecording> {
    const row = VoiceRecording.parse({
      ...input,
      id: `${input.classId}:${input.lang}:${input.lineHash}`,
      recordedAt: now(),
    });
    return guarded(async () => {
      await this.db.recordings.put(row);
      return row;
    });
  }

  recordingsOf(classId: string): Promise<VoiceRecording[]> {
    return guarded(async () =>
      this.readable('recordings', VoiceRecording, await this.db.recordings.where('classId').equals(classId).toArray()),
    );
  }

  recording(classId: string, lang: string, lineHash: string): Promise<VoiceRecording | undefined> {
    return guarded(async () =>
      this.readableOne('recordings', VoiceRecording, await this.db.recordings.get(`${classId}:${lang}:${lineHash}`)),
    );
  }

  /** Adds (or replaces) many recordings for a class in one transaction: all of them, or none. */
  saveRecordings(inputs: readonly Omit<VoiceRecording, 'id' | 'recordedAt'>[]): Promise<void> {
    const at = now();
    const rows = inputs.map((input) =>
      VoiceRecording.parse({ ...input, id: `${input.classId}:${input.lang}:${input.lineHash}`, recordedAt: at }),
    );
    return guarded(() =>
      this.db.transaction('rw', this.db.recordings, async () => {
        await this.db.recordings.bulkPut(rows);
      }),
    );
  }

  deleteRecording(id: string): Promise<void> {
    return guarded(() => this.db.recordings.delete(id));
  }

  /** Every published wording of a pack, oldest first; the last is the one in use. */
  wordingsOf(packId: string): Promise<SchoolWording[]> {
    return guarded(async () =>
      // By time, not number: wordings brought in from another device may share a number.
      this.readable(
        'agreements',
        SchoolWording,
        await this.db.agreements.where('packId').equals(packId).toArray(),
      ).sort((a, b) => a.publishedAt.localeCompare(b.publishedAt)),
    );
  }

  /** Publishes a new version (never an edit of an old one). */
  publishWording(packId: string, items: WordingItem[], builtIn = false): Promise<SchoolWording> {
    return guarded(() =>
      this.db.transaction('rw', this.db.agreements, async () => {
        const count = await this.db.agreements.where('packId').equals(packId).count();
        const row = SchoolWording.parse({ id: newId(), packId, number: count + 1, publishedAt: now(), builtIn, items });
        await this.db.agreements.add(row);
        return row;
      }),
    );
  }

  /** Everything on the device, in one transaction: after a killed tab, all of it is gone or none. */
  wipeEverything(): Promise<void> {
    return guarded(() =>
      this.db.transaction('rw', this.db.tables, async () => {
        for (const table of this.db.tables) await table.clear();
      }),
    );
  }

  /** Everything on the device that a backup carries (a damaged row would make the file unreadable). */
  async backup(): Promise<Backup> {
    const { deviceId } = await this.settings();
    const recordings = this.readable('recordings', VoiceRecording, await guarded(() => this.db.recordings.toArray()));
    const encoded = await Promise.all(
      recordings.map(async ({ audio, ...rest }) => ({
        ...rest,
        audioBase64: toBase64(new Uint8Array(await audio.arrayBuffer())),
      })),
    );
    return guarded(() =>
      this.db.transaction('r', this.backedUpTables, async () => ({
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        exportedAt: now(),
        deviceId,
        classes: this.readable('classes', ClassRecord, await this.db.classes.toArray()),
        pupils: this.readable('pupils', PupilRecord, await this.db.pupils.toArray()),
        attempts: byTime(await this.everyAttempt()),
        acknowledgements: this.readable(
          'acknowledgements',
          AcknowledgementRecord,
          await this.db.acknowledgements.toArray(),
        ),
        wordings: this.readable('agreements', SchoolWording, await this.db.agreements.toArray()),
        recordings: encoded,
      })),
    );
  }

  /** The tables a backup carries (recordings are read apart: their audio is encoded first). */
  private get backedUpTables() {
    const { classes, pupils, attempts, attemptBatches, acknowledgements, agreements } = this.db;
    return [classes, pupils, attempts, attemptBatches, acknowledgements, agreements];
  }

  /** Answers made here and answers imported from other devices, together (inside a transaction). */
  private async everyAttempt(): Promise<AttemptRecord[]> {
    return [
      ...this.readable('attempts', AttemptRecord, await this.db.attempts.toArray()),
      ...this.batchAttempts(await this.db.attemptBatches.toArray()),
    ];
  }

  /** What is here already, for planning a merge. */
  deviceRecords(): Promise<DeviceRecords> {
    return guarded(() =>
      this.db.transaction('r', [...this.backedUpTables, this.db.recordings], async () => ({
        wordingIds: new Set((await this.db.agreements.toCollection().primaryKeys()) as string[]),
        recordingIds: new Set((await this.db.recordings.toCollection().primaryKeys()) as string[]),
        classes: this.readable('classes', ClassRecord, await this.db.classes.toArray()),
        pupils: this.readable('pupils', PupilRecord, await this.db.pupils.toArray()),
        attemptIds: new Set([
          ...((await this.db.attempts.toCollection().primaryKeys()) as string[]),
          ...this.batchAttempts(await this.db.attemptBatches.toArray()).map((a) => a.id),
        ]),
        acknowledgementIds: new Set((await this.db.acknowledgements.toCollection().primaryKeys()) as string[]),
      })),
    );
  }

  /**
   * Applies a merge plan in one transaction: all of it, or (on any failure) none of it. The
   * answers go in as one batch per pupil, written a few pupils at a time so the page keeps
   * painting while a whole school's answers are stored.
   */
  applyMerge(plan: MergePlan): Promise<void> {
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
      this.db.transaction(
        'rw',
        [
          this.db.classes,
          this.db.pupils,
          this.db.attemptBatches,
          this.db.acknowledgements,
          this.db.agreements,
          this.db.recordings,
        ],
        async () => {
          await this.db.agreements.bulkAdd(plan.wordings);
          await this.db.recordings.bulkPut(recordings);
          await this.db.classes.bulkAdd(plan.classes);
          await this.db.pupils.bulkAdd(plan.pupils);
          for (let i = 0; i < batches.length; i += BATCHES_PER_WRITE) {
            await this.db.attemptBatches.bulkAdd(batches.slice(i, i + BATCHES_PER_WRITE));
          }
          await this.db.acknowledgements.bulkAdd(plan.acknowledgements);
        },
      ),
    );
  }

  playSession(): Promise<PlaySession | undefined> {
    return guarded(async () => {
      const stored = await this.db.sessions.get('current');
      const parsed = PlaySession.safeParse(stored);
      return parsed.success ? parsed.data : undefined;
    });
  }

  async savePlaySession(session: Omit<PlaySession, 'id'>): Promise<void> {
    const row = PlaySession.parse({ ...session, id: 'current' });
    return guarded(async () => {
      await this.db.sessions.put(row);
    });
  }

  clearPlaySession(): Promise<void> {
    return guarded(() => this.db.sessions.delete('current'));
  }
}
