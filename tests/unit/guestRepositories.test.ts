import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassRecord, PupilRecord } from '../../src/domain/records';
import { SettingsRecord } from '../../src/domain/records';
import type { ChildRepositories } from '../../src/storage/childRepositories';
import { openDatabase, type SafeDatabase } from '../../src/storage/database';
import { GuestRepositories } from '../../src/storage/guestRepositories';
import { Repositories } from '../../src/storage/repositories';

let db: SafeDatabase | undefined;
afterEach(async () => {
  db?.close();
  await db?.delete();
  db = undefined;
});

const now = new Date().toISOString();
const klass: ClassRecord = {
  id: 'family-guest-1',
  name: 'Play at home',
  stage: 'family',
  packId: 'ks1-safe',
  trustedAdultsAtSchool: [],
  createdAt: now,
};
const pupil: PupilRecord = {
  id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  classId: klass.id,
  displayName: 'You',
  avatar: 'house',
  createdAt: now,
};
const deviceId = '0b6c1f9e-2d3a-4b5c-8d7e-6f5a4b3c2d1e';
const settings = SettingsRecord.parse({ id: 'device', deviceId, passcode: null });

/** Every method of the child's store, each called once; the writes first. Typed, so none is missed. */
const calls: { [K in keyof ChildRepositories]: (r: ChildRepositories) => Promise<unknown> } = {
  recordAttempt: (r) =>
    r.recordAttempt({
      pupilId: pupil.id,
      packId: 'ks1-safe',
      packVersion: '1.0.0',
      promiseId: 'allowed',
      scenarioId: 'allowed-dads-tablet',
      runId: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      stepId: 'sofa',
      choiceId: 'ask-dad',
      correct: true,
      firstTry: true,
      answerText: 'Ask Dad first',
      language: 'en-GB',
      deviceId,
    }),
  addAcknowledgement: (r) =>
    r.addAcknowledgement({
      pupilId: pupil.id,
      agreementId: 'ks1-safe',
      agreementVersion: '1.1.0',
      wordingHash: 'a'.repeat(64),
      wording: ['I will ask a grown-up before I use a device.'],
      language: 'en-GB',
      itemsTicked: ['allowed'],
      itemsToDiscuss: [],
      trustedAdults: { school: ['My teacher'], home: ['Mum'] },
      signature: { kind: 'profile-name', name: 'You' },
      signedAt: now,
      clockWarning: false,
      deviceId,
    }),
  savePlaySession: (r) =>
    r.savePlaySession({ pupilId: pupil.id, packId: 'ks1-safe', promiseId: 'allowed', scenarioId: null, runId: null }),
  updateSettings: (r) => r.updateSettings({ language: 'cy', narration: false }),
  clearPlaySession: (r) => r.clearPlaySession(),
  listClasses: (r) => r.listClasses(),
  getClass: (r) => r.getClass(klass.id),
  listPupils: (r) => r.listPupils(klass.id),
  getPupil: (r) => r.getPupil(pupil.id),
  attemptsOf: (r) => r.attemptsOf(pupil.id),
  acknowledgementsOf: (r) => r.acknowledgementsOf(pupil.id),
  recording: (r) => r.recording(klass.id, 'en-GB', 'b'.repeat(20)),
  wordingsOf: (r) => r.wordingsOf('ks1-safe'),
  playSession: (r) => r.playSession(),
};

async function rowsIn(database: SafeDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of database.tables) counts[table.name] = await table.count();
  return counts;
}

describe('GuestRepositories (Play at home)', () => {
  it('is called through every one of its methods, and has no other', () => {
    const own = Object.getOwnPropertyNames(GuestRepositories.prototype).filter((n) => n !== 'constructor');
    expect(own.sort()).toEqual(Object.keys(calls).sort());
  });

  it('keeps what the guest plays in memory and writes nothing to IndexedDB', async () => {
    const database = openDatabase(`test-${crypto.randomUUID()}`);
    db = database;
    const school = new Repositories(database);
    const guest = new GuestRepositories({ klass, pupil }, settings, (id) => school.wordingsOf(id));
    for (const call of Object.values(calls)) await call(guest);

    expect(await guest.attemptsOf(pupil.id)).toHaveLength(1);
    expect(await guest.acknowledgementsOf(pupil.id)).toHaveLength(1);
    expect((await guest.updateSettings({})).language).toBe('cy');
    await calls.savePlaySession(guest);
    expect((await guest.playSession())?.promiseId).toBe('allowed');

    const counts = await rowsIn(database);
    expect(Object.keys(counts).length).toBeGreaterThan(5);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual([database.name]);
  });

  it('the same calls through the school repositories do write (so the check above can fail)', async () => {
    const database = openDatabase(`test-${crypto.randomUUID()}`);
    db = database;
    const school = new Repositories(database);
    for (const call of Object.values(calls)) await call(school);
    const counts = await rowsIn(database);
    expect(counts).toMatchObject({ attempts: 1, acknowledgements: 1, settings: 1 });
  });

  it("sees none of the school's classes or pupils", async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    const school = new Repositories(db);
    const { pupils } = await school.createClass(
      { name: 'Hazel', stage: 'KS1', packId: 'ks1-safe', trustedAdultsAtSchool: [] },
      [{ displayName: 'Ben K', avatar: 'fox' }],
    );
    const guest = new GuestRepositories({ klass, pupil }, settings, (id) => school.wordingsOf(id));
    expect(await guest.listClasses()).toEqual([klass]);
    expect(await guest.getPupil(pupils[0]?.id ?? '')).toBeUndefined();
    expect(await guest.attemptsOf(pupils[0]?.id ?? '')).toEqual([]);
  });
});
