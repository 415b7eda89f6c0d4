/*
 * The teacher area's lock. The passcode is kept only as a PBKDF2 hash with its own salt;
 * wrong guesses are counted in the database (so a reload does not reset the wait).
 */
import { lockoutSeconds, normaliseRecoveryCode, PBKDF2_ITERATIONS, recoveryCodeFrom } from '../domain/passcodePolicy';
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

async function hashed(secret: string) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { hash: await derive(secret, salt, PBKDF2_ITERATIONS), salt: toHex(salt), iterations: PBKDF2_ITERATIONS };
}

export type UnlockResult = { ok: true } | { ok: false; waitSeconds: number };

export class PasscodeLock {
  constructor(private readonly repos: Repositories) {}

  async isSet(): Promise<boolean> {
    return (await this.repos.settings()).passcode !== null;
  }

  /** Sets the passcode and makes a new recovery code, returned once to show the teacher. */
  async set(passcode: string): Promise<string> {
    const code = recoveryCodeFrom(crypto.getRandomValues(new Uint8Array(16)));
    await this.repos.updateSettings({
      passcode: await hashed(passcode),
      recovery: await hashed(normaliseRecoveryCode(code)),
      failedUnlocks: 0,
      lockedUntil: null,
    });
    return code;
  }

  /** The recovery code opens the door as the passcode does, with the same growing wait. */
  async recover(code: string, at = Date.now()): Promise<UnlockResult> {
    return this.check('recovery', normaliseRecoveryCode(code), at);
  }

  /** Seconds left before another guess is allowed (0 when a guess may be made now). */
  async waitSeconds(at = Date.now()): Promise<number> {
    const { lockedUntil } = await this.repos.settings();
    if (!lockedUntil) return 0;
    return Math.max(0, Math.ceil((Date.parse(lockedUntil) - at) / 1000));
  }

  async unlock(passcode: string, at = Date.now()): Promise<UnlockResult> {
    return this.check('passcode', passcode, at);
  }

  private async check(which: 'passcode' | 'recovery', secret: string, at: number): Promise<UnlockResult> {
    const settings = await this.repos.settings();
    const stored = settings[which];
    if (!settings.passcode) return { ok: true };
    const wait = await this.waitSeconds(at);
    if (wait > 0) return { ok: false, waitSeconds: wait };
    if (stored && (await derive(secret, fromHex(stored.salt), stored.iterations)) === stored.hash) {
      // A recovery code opens the door once: the teacher then chooses a new passcode and code.
      await this.repos.updateSettings({
        failedUnlocks: 0,
        lockedUntil: null,
        ...(which === 'recovery' ? { recovery: null } : {}),
      });
      return { ok: true };
    }
    // Counted from the stored count inside one transaction: guesses sent at once are each counted.
    const after = await this.repos.updateSettings((current) => {
      const failedUnlocks = current.failedUnlocks + 1;
      const seconds = lockoutSeconds(failedUnlocks);
      return { failedUnlocks, lockedUntil: seconds ? new Date(at + seconds * 1000).toISOString() : null };
    });
    return { ok: false, waitSeconds: lockoutSeconds(after.failedUnlocks) };
  }
}
