/* A class teacher's own recordings of lines, heard instead of the app's narration. */
import { VoiceRecording } from '../domain/records';
import { guarded } from './storageError';
import { now, type StoredRows } from './storedRows';

export class RecordingsRepository {
  constructor(private readonly rows: StoredRows) {}

  /** Saves (or replaces) a teacher's recording of a line for a class. */
  saveRecording(input: Omit<VoiceRecording, 'id' | 'recordedAt'>): Promise<VoiceRecording> {
    const row = VoiceRecording.parse({
      ...input,
      id: `${input.classId}:${input.lang}:${input.lineHash}`,
      recordedAt: now(),
    });
    return guarded(async () => {
      await this.rows.db.recordings.put(row);
      return row;
    });
  }

  recordingsOf(classId: string): Promise<VoiceRecording[]> {
    const { rows } = this;
    return guarded(async () =>
      rows.readable('recordings', VoiceRecording, await rows.db.recordings.where('classId').equals(classId).toArray()),
    );
  }

  recording(classId: string, lang: string, lineHash: string): Promise<VoiceRecording | undefined> {
    const { rows } = this;
    return guarded(async () =>
      rows.readableOne('recordings', VoiceRecording, await rows.db.recordings.get(`${classId}:${lang}:${lineHash}`)),
    );
  }

  /** Adds (or replaces) many recordings for a class in one transaction: all of them, or none. */
  saveRecordings(inputs: readonly Omit<VoiceRecording, 'id' | 'recordedAt'>[]): Promise<void> {
    const { db } = this.rows;
    const at = now();
    const rows = inputs.map((input) =>
      VoiceRecording.parse({ ...input, id: `${input.classId}:${input.lang}:${input.lineHash}`, recordedAt: at }),
    );
    return guarded(() =>
      db.transaction('rw', db.recordings, async () => {
        await db.recordings.bulkPut(rows);
      }),
    );
  }

  deleteRecording(id: string): Promise<void> {
    return guarded(() => this.rows.db.recordings.delete(id));
  }
}
