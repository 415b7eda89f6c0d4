/* Signed agreements and promises: each one a new record, never an overwrite. */
import { newId } from '../domain/ids';
import { AcknowledgementRecord } from '../domain/records';
import { guarded } from './storageError';
import type { StoredRows } from './storedRows';

export class AcknowledgementsRepository {
  constructor(private readonly rows: StoredRows) {}

  /**
   * A signature or promise is written with strict durability: once the child sees it saved, it
   * is on the disk and survives a power cut (answers stay relaxed, for the answer-saved budget).
   */
  async addAcknowledgement(record: Omit<AcknowledgementRecord, 'id'>): Promise<AcknowledgementRecord> {
    const row = AcknowledgementRecord.parse({ ...record, id: newId() });
    await guarded(() => this.rows.addOne('acknowledgements', row, 'strict'));
    return row;
  }

  acknowledgementsOf(pupilId: string): Promise<AcknowledgementRecord[]> {
    const { rows } = this;
    return guarded(async () =>
      rows
        .readable(
          'acknowledgements',
          AcknowledgementRecord,
          await rows.db.acknowledgements.where('pupilId').equals(pupilId).toArray(),
        )
        .sort((a, b) => a.signedAt.localeCompare(b.signedAt)),
    );
  }
}
