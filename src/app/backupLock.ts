/*
 * Locking a backup with a passphrase: AES-GCM with a key from PBKDF2-SHA-256 (WebCrypto, on
 * the device). A wrong passphrase fails the GCM check, so it can only say "wrong", never
 * produce garbage that looks like records.
 */

import type { LockedBackup } from '../domain/backup';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../domain/backupFormat';
import { fromBase64, toBase64 } from '../domain/base64';

const ITERATIONS = 250_000;

async function keyFrom(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function lockBackup(json: string, passphrase: string): Promise<LockedBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(passphrase, salt, ITERATIONS);
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, new TextEncoder().encode(json)),
  );
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    locked: {
      cipher: 'AES-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: ITERATIONS,
      salt: toBase64(salt),
      iv: toBase64(iv),
      data: toBase64(data),
    },
  };
}

/** The backup's JSON text, or null when the passphrase is wrong (or the file was changed). */
export async function unlockBackup(locked: LockedBackup, passphrase: string): Promise<string | null> {
  try {
    const { salt, iv, data, iterations } = locked.locked;
    const key = await keyFrom(passphrase, fromBase64(salt), iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(iv) as BufferSource },
      key,
      fromBase64(data) as BufferSource,
    );
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}
