/*
 * What the rest of the app may ask of storage (`app.repos`): one repository per kind of record
 * (settings, classes and pupils, answers, agreements, recordings, wordings, play session, the
 * whole device), put together behind one object. Every write is validated by the record schemas
 * first, so nothing half-formed is stored; a write either commits whole or throws a
 * StorageError and leaves the database as it was. Every read goes through the same schemas: a
 * row damaged outside the app is skipped (and counted for the teacher), never rewritten.
 */
import { newId } from '../domain/ids';
import { AcknowledgementsRepository } from './acknowledgementsRepository';
import { AnswersRepository } from './answersRepository';
import type { ChildRepositories } from './childRepositories';
import type { SafeDatabase } from './database';
import { DeviceRepository } from './deviceRepository';
import { RecordingsRepository } from './recordingsRepository';
import { RosterRepository } from './rosterRepository';
import { SessionRepository } from './sessionRepository';
import { SettingsRepository } from './settingsRepository';
import { StoredRows } from './storedRows';
import { WordingsRepository } from './wordingsRepository';

export type { SettingsPatch } from './settingsRepository';
export { now } from './storedRows';
export { newId };

/** A repository's methods as seen from outside (its private fields are its own). */
type Methods<T> = { [K in keyof T]: T[K] };

export interface Repositories
  extends Methods<SettingsRepository>,
    Methods<RosterRepository>,
    Methods<AnswersRepository>,
    Methods<AcknowledgementsRepository>,
    Methods<RecordingsRepository>,
    Methods<WordingsRepository>,
    Methods<SessionRepository>,
    Methods<DeviceRepository> {
  readonly db: SafeDatabase;
  /** Rows read so far that do not fit their schema (`table:id`), counted for the teacher. */
  readonly unreadable: ReadonlySet<string>;
}

function repositoriesOver(db: SafeDatabase): Repositories {
  const rows = new StoredRows(db);
  const settings = new SettingsRepository(rows);
  const parts = [
    settings,
    new RosterRepository(rows),
    new AnswersRepository(rows),
    new AcknowledgementsRepository(rows),
    new RecordingsRepository(rows),
    new WordingsRepository(rows),
    new SessionRepository(rows),
    new DeviceRepository(rows, settings),
  ];
  const repos: Record<string, unknown> = { db, unreadable: rows.unreadable };
  for (const part of parts) {
    for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(part))) {
      if (name === 'constructor') continue;
      // Two kinds answering to one name would make one of them unreachable: fail at start.
      if (name in repos) throw new Error(`Two repositories define ${name}`);
      const method = (part as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
      if (typeof method === 'function') repos[name] = method.bind(part);
    }
  }
  return repos as unknown as Repositories;
}

/** `new Repositories(db)`: every repository over one database, as `app.repos`. */
export const Repositories = function Repositories(db: SafeDatabase) {
  return repositoriesOver(db);
} as unknown as new (
  db: SafeDatabase,
) => Repositories;

// Checked by the compiler: a child's screens get a subset of this.
const _childSubset: (repos: Repositories) => ChildRepositories = (repos) => repos;
void _childSubset;
