/* The school's own wordings of a pack's agreement: each published version kept, the last in use. */
import { newId } from '../domain/ids';
import { SchoolWording, type WordingItem } from '../domain/schoolWording';
import { guarded } from './storageError';
import { now, type StoredRows } from './storedRows';

export class WordingsRepository {
  constructor(private readonly rows: StoredRows) {}

  /** Every published wording of a pack, oldest first; the last is the one in use. */
  wordingsOf(packId: string): Promise<SchoolWording[]> {
    const { rows } = this;
    return guarded(async () =>
      // By time, not number: wordings brought in from another device may share a number.
      rows
        .readable('agreements', SchoolWording, await rows.db.agreements.where('packId').equals(packId).toArray())
        .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt)),
    );
  }

  /** Publishes a new version (never an edit of an old one). */
  publishWording(packId: string, items: WordingItem[], builtIn = false): Promise<SchoolWording> {
    const { db } = this.rows;
    return guarded(() =>
      db.transaction('rw', db.agreements, async () => {
        const count = await db.agreements.where('packId').equals(packId).count();
        const row = SchoolWording.parse({ id: newId(), packId, number: count + 1, publishedAt: now(), builtIn, items });
        await db.agreements.add(row);
        return row;
      }),
    );
  }
}
