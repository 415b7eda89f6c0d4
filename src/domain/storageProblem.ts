/*
 * What can go wrong with the device's storage, in words a teacher can act on. The repositories
 * (src/storage) turn Dexie's and the browser's errors into one of these; screens show `kind`.
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
