/*
 * What can go wrong with the device's storage, in words a teacher can act on. Repositories
 * turn Dexie and browser errors into one of these kinds; screens show `kind` as a message.
 */
export type StorageProblem = 'unavailable' | 'full' | 'blocked' | 'other-tab' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageProblem,
    cause?: unknown,
  ) {
    super(`storage: ${kind}`, { cause });
    this.name = 'StorageError';
  }
}

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
