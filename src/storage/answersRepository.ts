/* A pupil's answers: made here (one row each) or imported from other devices (one batch per pupil). */
import { newId } from '../domain/ids';
import { AcknowledgementRecord, AttemptRecord, PupilRecord } from '../domain/records';
import { guarded } from './storageError';
import { byName, byTime, now, type StoredRows } from './storedRows';

export class AnswersRepository {
  constructor(private readonly rows: StoredRows) {}

  /** Resolves only once the answer is committed: the caller shows feedback after this. */
  async recordAttempt(attempt: Omit<AttemptRecord, 'id' | 'at'>): Promise<AttemptRecord> {
    const row = AttemptRecord.parse({ ...attempt, id: newId(), at: now() });
    // Relaxed: committed once the browser has it (survives a closed tab or a crashed page).
    await guarded(() => this.rows.addOne('attempts', row, 'relaxed'));
    return row;
  }

  /** A pupil's answers, made here or imported, oldest first. */
  attemptsOf(pupilId: string): Promise<AttemptRecord[]> {
    const { rows } = this;
    const { db } = rows;
    return guarded(() =>
      db.transaction('r', db.attempts, db.attemptBatches, async () =>
        byTime([
          ...rows.readable('attempts', AttemptRecord, await db.attempts.where('pupilId').equals(pupilId).toArray()),
          ...(await rows.batchAttemptsOf(pupilId)),
        ]),
      ),
    );
  }

  /** Every answer and agreement of a class's pupils, for the dashboard and exports. */
  classRecords(classId: string) {
    const { rows } = this;
    const { db } = rows;
    return guarded(() =>
      db.transaction('r', [db.pupils, db.attempts, db.attemptBatches, db.acknowledgements], async () => {
        const pupils = byName(
          rows.readable('pupils', PupilRecord, await db.pupils.where('classId').equals(classId).toArray()),
        );
        const ids = pupils.map((p) => p.id);
        // One getAll per pupil, side by side: anyOf() walks a cursor, a round trip per row,
        // and a class's answers are thousands of rows (the dashboard budget).
        const each = <T>(read: (pupilId: string) => Promise<T[]>) =>
          Promise.all(ids.map(read)).then((lists) => lists.flat());
        const [made, imported, acknowledgements] = await Promise.all([
          each((id) => db.attempts.where('pupilId').equals(id).toArray()),
          each((id) => rows.batchAttemptsOf(id)),
          db.acknowledgements.where('pupilId').anyOf(ids).toArray(),
        ]);
        return {
          pupils,
          attempts: [...rows.readable('attempts', AttemptRecord, made), ...imported],
          acknowledgements: rows.readable('acknowledgements', AcknowledgementRecord, acknowledgements),
        };
      }),
    );
  }
}
