/*
 * The teacher passcode's rules. A child can try a few guesses; after that each wrong guess
 * makes the wait longer, so ten guesses take over half an hour and guessing six digits by
 * hand is hopeless.
 */
export const PASSCODE_MIN_LENGTH = 6;
export const PBKDF2_ITERATIONS = 150_000;
const FREE_TRIES = 3;

export type PasscodeCheck = { ok: true } | { ok: false; reason: 'too-short' | 'mismatch' | 'too-simple' };

export function checkNewPasscode(passcode: string, confirmation: string): PasscodeCheck {
  if ([...passcode].length < PASSCODE_MIN_LENGTH) return { ok: false, reason: 'too-short' };
  if (/^(\d)\1+$/.test(passcode) || passcode === '123456' || passcode === '654321') {
    return { ok: false, reason: 'too-simple' };
  }
  if (passcode !== confirmation) return { ok: false, reason: 'mismatch' };
  return { ok: true };
}

/** Seconds to wait after this many wrong guesses in a row. */
export function lockoutSeconds(failedUnlocks: number): number {
  if (failedUnlocks < FREE_TRIES) return 0;
  return Math.min(3600, 15 * 2 ** (failedUnlocks - FREE_TRIES));
}

/** Letters and digits that cannot be misread for each other when written by hand (no 0/O, 1/I/L). */
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time recovery code, 16 characters in groups of four, from 16 random bytes. */
export function recoveryCodeFrom(bytes: Uint8Array): string {
  const chars = [...bytes].slice(0, 16).map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]);
  return (chars.join('').match(/.{4}/g) ?? []).join('-');
}

/** What the teacher typed, as the code was made: capitals, no spaces or hyphens. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
