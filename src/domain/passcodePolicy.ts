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
