import { describe, expect, it } from 'vitest';
import { lockBackup, unlockBackup } from '../../src/app/backupLock';
import { readBackupJson } from '../../src/domain/backup';

describe('a backup locked with a passphrase', () => {
  it('opens with the right passphrase and refuses a wrong one or an edited file', async () => {
    const json = JSON.stringify({ hello: 'Siân', n: [1, 2, 3] });
    const locked = await lockBackup(json, 'correct horse battery');
    expect(JSON.stringify(locked)).not.toContain('Siân');
    expect(readBackupJson(locked)).toMatchObject({ ok: true, locked: expect.any(Object) });
    expect(await unlockBackup(locked, 'correct horse battery')).toBe(json);
    expect(await unlockBackup(locked, 'wrong horse battery')).toBeNull();
    const data = locked.locked.data;
    const edited = {
      ...locked,
      locked: { ...locked.locked, data: `${data.slice(0, 10)}${data[10] === 'A' ? 'B' : 'A'}${data.slice(11)}` },
    };
    expect(await unlockBackup(edited, 'correct horse battery')).toBeNull();
  });
});
