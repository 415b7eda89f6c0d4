/* Dexie's and the browser's storage errors, as the StorageError a screen can act on. */
import { StorageError } from '../domain/storageProblem';

export { StorageError, type StorageProblem } from '../domain/storageProblem';

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  const names = `${name} ${inner}`;
  if (/QuotaExceeded/.test(names)) return new StorageError('full', error);
  if (/MissingAPI|InvalidState|Security|UnknownError/.test(names)) return new StorageError('unavailable', error);
  if (/VersionChange|Blocked|DatabaseClosed/.test(names)) return new StorageError('blocked', error);
  return new StorageError('unknown', error);
}

/** Runs a storage call and rethrows whatever went wrong as a StorageError. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}
