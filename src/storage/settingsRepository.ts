/* The device's settings: one record, created with a fresh device id on first use. */
import { newId } from '../domain/ids';
import { SettingsRecord } from '../domain/records';
import { guarded } from './storageError';
import type { StoredRows } from './storedRows';

export type SettingsPatch = Partial<Omit<SettingsRecord, 'id' | 'deviceId'>>;

export class SettingsRepository {
  constructor(private readonly rows: StoredRows) {}

  settings(): Promise<SettingsRecord> {
    const { db } = this.rows;
    return guarded(() =>
      db.transaction('rw', db.settings, async () => {
        const stored = await db.settings.get('device');
        if (stored) return SettingsRecord.parse(stored);
        const fresh = SettingsRecord.parse({ id: 'device', deviceId: newId(), passcode: null });
        await db.settings.put(fresh);
        return fresh;
      }),
    );
  }

  /**
   * Changes some settings in one transaction. A patch made from the current settings (a count
   * of wrong guesses) is read and written together, so two at once cannot lose one.
   */
  updateSettings(patch: SettingsPatch | ((current: SettingsRecord) => SettingsPatch)): Promise<SettingsRecord> {
    const { db } = this.rows;
    return guarded(() =>
      db.transaction('rw', db.settings, async () => {
        const current = await this.settings();
        const next = SettingsRecord.parse({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
        await db.settings.put(next);
        return next;
      }),
    );
  }
}
