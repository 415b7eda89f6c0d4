/*
 * What the rest of the app may ask of storage. Every write is validated by the record schemas
 * first, so nothing half-formed is stored; a write either commits whole or throws a
 * StorageError and leaves the database as it was.
 */
import {
  AcknowledgementRecord,
  AttemptRecord,
  ClassRecord,
  PlaySession,
  PupilRecord,
  SettingsRecord,
} from '../domain/records';
import type { SafeDatabase } from './database';
import { guarded } from './storageError';

export const newId = (): string => crypto.randomUUID();
export const now = (): string => new Date().toISOString();

export class Repositories {
  constructor(readonly db: SafeDatabase) {}

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

  updateSettings(patch: Partial<Omit<SettingsRecord, 'id' | 'deviceId'>>): Promise<SettingsRecord> {
    return guarded(() =>
      this.db.transaction('rw', this.db.settings, async () => {
        const current = await this.settings();
        const next = SettingsRecord.parse({ ...current, ...patch });
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
    return guarded(() => this.db.classes.orderBy('name').toArray());
  }

  getClass(id: string): Promise<ClassRecord | undefined> {
    return guarded(() => this.db.classes.get(id));
  }

  listPupils(classId: string): Promise<PupilRecord[]> {
    return guarded(async () =>
      (await this.db.pupils.where('classId').equals(classId).toArray()).sort((a, b) =>
        a.displayName.localeCompare(b.displayName),
      ),
    );
  }

  getPupil(id: string): Promise<PupilRecord | undefined> {
    return guarded(() => this.db.pupils.get(id));
  }

  /** Resolves only once the answer is committed: the caller shows feedback after this. */
  async recordAttempt(attempt: Omit<AttemptRecord, 'id' | 'at'>): Promise<AttemptRecord> {
    const row = AttemptRecord.parse({ ...attempt, id: newId(), at: now() });
    return guarded(async () => {
      await this.db.attempts.add(row);
      return row;
    });
  }

  attemptsOf(pupilId: string): Promise<AttemptRecord[]> {
    return guarded(() => this.db.attempts.where('pupilId').equals(pupilId).sortBy('at'));
  }

  async addAcknowledgement(record: Omit<AcknowledgementRecord, 'id'>): Promise<AcknowledgementRecord> {
    const row = AcknowledgementRecord.parse({ ...record, id: newId() });
    return guarded(async () => {
      await this.db.acknowledgements.add(row);
      return row;
    });
  }

  acknowledgementsOf(pupilId: string): Promise<AcknowledgementRecord[]> {
    return guarded(() => this.db.acknowledgements.where('pupilId').equals(pupilId).sortBy('signedAt'));
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
