/*
 * What every repository shares: the database, and reading rows through their schemas. A row
 * damaged outside the app is skipped and counted (for the teacher), never rewritten.
 */
import type { ZodMiniType } from 'zod/mini';
import { AttemptRecord, type PupilRecord } from '../domain/records';
import type { SafeDatabase } from './database';

/** How many checked imported answers a visit keeps before starting again (about 20 MB). */
const MAX_KEPT_ANSWERS = 60_000;

export const now = (): string => new Date().toISOString();
export const byTime = (attempts: AttemptRecord[]) => attempts.sort((a, b) => a.at.localeCompare(b.at));
export const byName = (pupils: PupilRecord[]) => pupils.sort((a, b) => a.displayName.localeCompare(b.displayName));

export class StoredRows {
  /**
   * Rows read so far that do not fit their schema (`table:id`). They stay in the database as
   * they are; the teacher area says how many there are.
   */
  readonly unreadable = new Set<string>();

  constructor(readonly db: SafeDatabase) {}

  /** The rows that fit the schema; the others are noted in `unreadable` and left alone. */
  readable<T>(where: string, schema: ZodMiniType<T>, rows: readonly unknown[]): T[] {
    const good: T[] = [];
    for (const row of rows) {
      const parsed = schema.safeParse(row);
      if (parsed.success) good.push(parsed.data);
      else this.unreadable.add(`${where}:${String((row as { id?: unknown } | null)?.id)}`);
    }
    return good;
  }

  readableOne<T>(where: string, schema: ZodMiniType<T>, row: unknown): T | undefined {
    return row === undefined ? undefined : this.readable(where, schema, [row])[0];
  }

  /**
   * Imported batches are written once (bulkAdd) and never changed, so each is read and checked
   * once per visit and kept by id: after the dashboard, the evidence report (or a pupil's page)
   * reads only the batch ids. A deleted batch is simply never asked for again.
   */
  private readonly checkedBatches = new Map<string, AttemptRecord[]>();
  private readonly pupilsRead = new Set<string>();
  private checkedAnswers = 0;

  /**
   * A pupil's imported answers, each batch read and checked once per visit: only the batch ids
   * are read when every one is already kept, else the pupil's batches in one read.
   */
  async batchAttemptsOf(pupilId: string): Promise<AttemptRecord[]> {
    // A whole school's answers on one device stay bounded in memory.
    if (this.checkedAnswers > MAX_KEPT_ANSWERS) {
      this.checkedBatches.clear();
      this.pupilsRead.clear();
      this.checkedAnswers = 0;
    }
    const table = this.db.attemptBatches;
    const kept = (id: string) => this.checkedBatches.get(id) ?? [];
    // A pupil met before this visit needs only the ids checked; one not met, one read of it all.
    if (this.pupilsRead.has(pupilId)) {
      const known = await table.where('pupilId').equals(pupilId).primaryKeys();
      if (known.every((id) => this.checkedBatches.has(id))) return known.flatMap(kept);
    }
    const batches = await table.where('pupilId').equals(pupilId).toArray();
    this.pupilsRead.add(pupilId);
    const ids = batches.map((batch) => String((batch as { id?: unknown }).id));
    batches.forEach((batch, i) => {
      const id = ids[i] as string;
      if (this.checkedBatches.has(id)) return;
      const answers = this.batchAttempts([batch]);
      this.checkedBatches.set(id, answers);
      this.checkedAnswers += answers.length;
    });
    return ids.flatMap(kept);
  }

  /** The answers inside imported batches, each checked on its own (one bad answer skips only itself). */
  batchAttempts(batches: readonly unknown[]): AttemptRecord[] {
    return batches.flatMap((batch) => {
      const { id, attempts } = (batch ?? {}) as { id?: unknown; attempts?: unknown };
      if (Array.isArray(attempts)) return this.readable(`attemptBatches:${String(id)}`, AttemptRecord, attempts);
      this.unreadable.add(`attemptBatches:${String(id)}`);
      return [];
    });
  }

  /**
   * One new row in one store, straight through IndexedDB (Dexie's own database underneath): the
   * two writes a child waits for, an answer and a signature, with the durability each needs.
   */
  async addOne(store: 'attempts' | 'acknowledgements', row: unknown, durability: IDBTransactionDurability) {
    if (!this.db.isOpen()) await this.db.open();
    await new Promise<void>((resolve, reject) => {
      const tx = this.db.backendDB().transaction(store, 'readwrite', { durability });
      tx.objectStore(store).add(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new DOMException(`Not saved in ${store}`, 'AbortError'));
    });
  }
}
