/* Classes and their pupils. Deleting one takes everything that belongs to it, in one transaction. */
import { newId } from '../domain/ids';
import { ClassRecord, PupilRecord } from '../domain/records';
import type { SafeDatabase } from './database';
import { guarded } from './storageError';
import { byName, now, type StoredRows } from './storedRows';

type NewPupil = { displayName: string; avatar: string };

/** Inside a transaction: the pupils and every answer and agreement of theirs. */
async function deleteRecordsOf(db: SafeDatabase, pupilIds: string[]) {
  await db.attempts.where('pupilId').anyOf(pupilIds).delete();
  await db.attemptBatches.where('pupilId').anyOf(pupilIds).delete();
  await db.acknowledgements.where('pupilId').anyOf(pupilIds).delete();
  await db.pupils.bulkDelete(pupilIds);
}

export class RosterRepository {
  constructor(private readonly rows: StoredRows) {}

  /** A class and its pupils, written together or not at all. */
  async createClass(input: Omit<ClassRecord, 'id' | 'createdAt'>, pupils: NewPupil[]) {
    const { db } = this.rows;
    const createdAt = now();
    const klass = ClassRecord.parse({ ...input, id: newId(), createdAt });
    const rows = pupils.map((p) => PupilRecord.parse({ ...p, id: newId(), classId: klass.id, createdAt }));
    return guarded(() =>
      db.transaction('rw', db.classes, db.pupils, async () => {
        await db.classes.add(klass);
        await db.pupils.bulkAdd(rows);
        return { klass, pupils: rows };
      }),
    );
  }

  /** Changes some of a class's fields; the whole record is checked again before it is written. */
  async updateClass(id: string, changes: Partial<Omit<ClassRecord, 'id' | 'createdAt'>>): Promise<ClassRecord> {
    const { db } = this.rows;
    return guarded(() =>
      db.transaction('rw', db.classes, async () => {
        const current = await db.classes.get(id);
        if (!current) throw new Error(`No class ${id}`);
        const next = ClassRecord.parse({ ...current, ...changes });
        await db.classes.put(next);
        return next;
      }),
    );
  }

  async addPupils(classId: string, pupils: NewPupil[]): Promise<PupilRecord[]> {
    const createdAt = now();
    const rows = pupils.map((p) => PupilRecord.parse({ ...p, id: newId(), classId, createdAt }));
    return guarded(async () => {
      await this.rows.db.pupils.bulkAdd(rows);
      return rows;
    });
  }

  listClasses(): Promise<ClassRecord[]> {
    const { rows } = this;
    return guarded(async () => rows.readable('classes', ClassRecord, await rows.db.classes.orderBy('name').toArray()));
  }

  getClass(id: string): Promise<ClassRecord | undefined> {
    return guarded(async () => this.rows.readableOne('classes', ClassRecord, await this.rows.db.classes.get(id)));
  }

  listPupils(classId: string): Promise<PupilRecord[]> {
    const { rows } = this;
    return guarded(async () =>
      byName(rows.readable('pupils', PupilRecord, await rows.db.pupils.where('classId').equals(classId).toArray())),
    );
  }

  getPupil(id: string): Promise<PupilRecord | undefined> {
    return guarded(async () => this.rows.readableOne('pupils', PupilRecord, await this.rows.db.pupils.get(id)));
  }

  async updatePupil(id: string, changes: Partial<Pick<PupilRecord, 'displayName' | 'avatar' | 'classId'>>) {
    const { db } = this.rows;
    return guarded(() =>
      db.transaction('rw', db.pupils, async () => {
        const current = await db.pupils.get(id);
        if (!current) throw new Error(`No pupil ${id}`);
        const next = PupilRecord.parse({ ...current, ...changes });
        await db.pupils.put(next);
        return next;
      }),
    );
  }

  /** A pupil and everything they did, gone together. */
  deletePupils(pupilIds: string[]): Promise<void> {
    const { db } = this.rows;
    return guarded(() =>
      db.transaction('rw', [db.pupils, db.attempts, db.attemptBatches, db.acknowledgements, db.sessions], async () => {
        await deleteRecordsOf(db, pupilIds);
        await db.sessions.clear();
      }),
    );
  }

  /** A class, its pupils and all their records, gone together. */
  deleteClass(classId: string): Promise<void> {
    const { db } = this.rows;
    return guarded(() =>
      db.transaction(
        'rw',
        [db.classes, db.pupils, db.attempts, db.attemptBatches, db.acknowledgements, db.sessions, db.recordings],
        async () => {
          await deleteRecordsOf(db, (await db.pupils.where('classId').equals(classId).primaryKeys()) as string[]);
          await db.recordings.where('classId').equals(classId).delete();
          await db.classes.delete(classId);
          await db.sessions.clear();
        },
      ),
    );
  }
}
