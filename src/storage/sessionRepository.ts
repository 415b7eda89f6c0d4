/* Where a child is in a scenario, so a reload comes back to the same question. */
import { PlaySession } from '../domain/records';
import { guarded } from './storageError';
import type { StoredRows } from './storedRows';

export class SessionRepository {
  constructor(private readonly rows: StoredRows) {}

  playSession(): Promise<PlaySession | undefined> {
    return guarded(async () => {
      const parsed = PlaySession.safeParse(await this.rows.db.sessions.get('current'));
      return parsed.success ? parsed.data : undefined;
    });
  }

  async savePlaySession(session: Omit<PlaySession, 'id'>): Promise<void> {
    const row = PlaySession.parse({ ...session, id: 'current' });
    return guarded(async () => {
      await this.rows.db.sessions.put(row);
    });
  }

  clearPlaySession(): Promise<void> {
    return guarded(() => this.rows.db.sessions.delete('current'));
  }
}
