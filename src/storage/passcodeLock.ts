/*
 * The teacher area's lock. The passcode is kept only as a PBKDF2 hash with its own salt;
 * wrong guesses are counted in the database (so a reload does not reset the wait).
 */
import { lockoutSeconds, PBKDF2_ITERATIONS } from '../domain/passcodePolicy';
import type { Repositories } from './repositories';

const toHex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) => new Uint8Array((hex.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));

async function derive(passcode: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passcode.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return toHex(bits);
}

export type UnlockResult = { ok: true } | { ok: false; waitSeconds: number };

export class PasscodeLock {
  constructor(private readonly repos: Repositories) {}

  async isSet(): Promise<boolean> {
    return (await this.repos.settings()).passcode !== null;
  }

  async set(passcode: string): Promise<void> {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const hash = await derive(passcode, salt, PBKDF2_ITERATIONS);
    await this.repos.updateSettings({
      passcode: { hash, salt: toHex(salt), iterations: PBKDF2_ITERATIONS },
      failedUnlocks: 0,
      lockedUntil: null,
    });
  }

  /** Seconds left before another guess is allowed (0 when a guess may be made now). */
  async waitSeconds(at = Date.now()): Promise<number> {
    const { lockedUntil } = await this.repos.settings();
    if (!lockedUntil) return 0;
    return Math.max(0, Math.ceil((Date.parse(lockedUntil) - at) / 1000));
  }

  async unlock(passcode: string, at = Date.now()): Promise<UnlockResult> {
    const settings = await this.repos.settings();
    if (!settings.passcode) return { ok: true };
    const wait = await this.waitSeconds(at);
    if (wait > 0) return { ok: false, waitSeconds: wait };
    const { hash, salt, iterations } = settings.passcode;
    if ((await derive(passcode, fromHex(salt), iterations)) === hash) {
      await this.repos.updateSettings({ failedUnlocks: 0, lockedUntil: null });
      return { ok: true };
    }
    const failedUnlocks = settings.failedUnlocks + 1;
    const seconds = lockoutSeconds(failedUnlocks);
    await this.repos.updateSettings({
      failedUnlocks,
      lockedUntil: seconds ? new Date(at + seconds * 1000).toISOString() : null,
    });
    return { ok: false, waitSeconds: seconds };
  }
}
