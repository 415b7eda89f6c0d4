import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupJson } from '../../src/domain/backup';
import { openDatabase, type SafeDatabase } from '../../src/storage/database';
import { PasscodeLock } from '../../src/storage/passcodeLock';
import { Repositories } from '../../src/storage/repositories';
import { StorageError, toStorageError } from '../../src/storage/storageError';

let db: SafeDatabase;
const fresh = () => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  return new Repositories(db);
};
afterEach(async () => {
  db.close();
  await db.delete();
});

async function classWithPupil(repos: Repositories) {
  const { pupils } = await repos.createClass(
    { name: 'Hazel', stage: 'KS1', packId: 'ks1-safe', trustedAdultsAtSchool: [] },
    [{ displayName: 'Ben K', avatar: 'fox' }],
  );
  return pupils[0]!;
}

const answer = (pupilId: string, deviceId: string) => ({
  pupilId,
  packId: 'ks1-safe',
  packVersion: '1.0.0',
  promiseId: 'allowed',
  scenarioId: 'allowed-dads-tablet',
  runId: 'run-0001',
  stepId: 'sofa',
  choiceId: 'ask-dad',
  correct: true,
  firstTry: true,
  answerText: 'Ask Dad first',
  language: 'en-GB',
  deviceId,
});

describe('Repositories', () => {
  it('gives the device one stable id', async () => {
    const repos = fresh();
    const a = await repos.settings();
    const b = await repos.settings();
    expect(a.deviceId).toBe(b.deviceId);
  });

  it('commits an attempt before resolving, so feedback never shows for an unsaved answer', async () => {
    const repos = fresh();
    const pupil = await classWithPupil(repos);
    const { deviceId } = await repos.settings();
    const saved = await repos.recordAttempt(answer(pupil.id, deviceId));
    expect(await db.attempts.get(saved.id)).toMatchObject({ choiceId: 'ask-dad', correct: true });
  });

  it('refuses a malformed attempt and writes nothing', async () => {
    const repos = fresh();
    await expect(
      repos.recordAttempt({ ...answer('pupil-0001', 'device-0001'), correct: 'yes' as never }),
    ).rejects.toThrow();
    expect(await db.attempts.count()).toBe(0);
  });

  it('writes a class and its pupils together or not at all', async () => {
    const repos = fresh();
    await expect(
      repos.createClass({ name: 'Oak', stage: 'KS1', packId: 'ks1-safe', trustedAdultsAtSchool: [] }, [
        { displayName: 'Ava B', avatar: 'owl' },
        { displayName: '', avatar: 'owl' },
      ]),
    ).rejects.toThrow();
    expect(await db.classes.count()).toBe(0);
    expect(await db.pupils.count()).toBe(0);
  });

  it('reports a full disk as a StorageError a teacher can act on', async () => {
    const repos = fresh();
    const pupil = await classWithPupil(repos);
    // The browser refuses the write itself (as a full disk does), under Dexie.
    const original = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const error = await repos.recordAttempt(answer(pupil.id, 'device-0001')).catch((e) => e);
    IDBObjectStore.prototype.add = original;
    expect(error).toBeInstanceOf(StorageError);
    expect(error.kind).toBe('full');
  });

  it('reports a commit refused for space (an aborted transaction) as a full disk too', async () => {
    const quota = Object.assign(new Error('aborted'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    expect(toStorageError(quota).kind).toBe('full');
  });

  it('skips rows damaged outside the app when reading, counts them, and never rewrites them', async () => {
    const repos = fresh();
    const pupil = await classWithPupil(repos);
    const { deviceId } = await repos.settings();
    const good = await repos.recordAttempt(answer(pupil.id, deviceId));
    const damaged = {
      attempt: { id: 'bad-attempt', pupilId: pupil.id, at: 42, correct: 'yes' },
      pupil: { id: 'bad-pupil', classId: pupil.classId, displayName: 7 },
      ack: { id: 'bad-ack', pupilId: pupil.id, signedAt: 'soon' },
      batch: { id: 'bad-batch', pupilId: pupil.id, attempts: [{ ...good, id: 'imported-1' }, { id: 'x' }] },
    };
    await db.attempts.put(damaged.attempt as never);
    await db.pupils.put(damaged.pupil as never);
    await db.acknowledgements.put(damaged.ack as never);
    await db.attemptBatches.put(damaged.batch as never);

    expect((await repos.listPupils(pupil.classId)).map((p) => p.id)).toEqual([pupil.id]);
    expect((await repos.attemptsOf(pupil.id)).map((a) => a.id).sort()).toEqual([good.id, 'imported-1'].sort());
    expect(await repos.acknowledgementsOf(pupil.id)).toEqual([]);
    const records = await repos.classRecords(pupil.classId);
    expect(records.pupils).toHaveLength(1);
    expect(records.attempts).toHaveLength(2);
    expect(repos.unreadable.size).toBe(4);
    expect(await repos.getPupil('bad-pupil')).toBeUndefined();
    // A backup leaves them out, so it reads back on another device.
    expect(readBackupJson(JSON.parse(JSON.stringify(await repos.backup()))).ok).toBe(true);
    // …and they are still there, exactly as they were.
    expect(await db.attempts.get('bad-attempt')).toEqual(damaged.attempt);
    expect(await db.pupils.get('bad-pupil')).toEqual(damaged.pupil);
    expect(await db.acknowledgements.get('bad-ack')).toEqual(damaged.ack);
    expect(await db.attemptBatches.get('bad-batch')).toEqual(damaged.batch);
  });

  it('remembers where a child is playing, and forgets it when they leave', async () => {
    const repos = fresh();
    await repos.savePlaySession({
      pupilId: 'pupil-0001',
      packId: 'ks1-safe',
      promiseId: 'allowed',
      scenarioId: 'x',
      runId: 'run-0001',
    });
    expect(await repos.playSession()).toMatchObject({ scenarioId: 'x' });
    await repos.clearPlaySession();
    expect(await repos.playSession()).toBeUndefined();
  });
});

describe('PasscodeLock', () => {
  it('stores only a salted hash and opens with the right passcode', async () => {
    const repos = fresh();
    const lock = new PasscodeLock(repos);
    await lock.set('purple kite 42');
    const { passcode } = await repos.settings();
    expect(JSON.stringify(passcode)).not.toContain('purple');
    expect(await lock.unlock('purple kite 42')).toEqual({ ok: true });
  });

  it('makes a child wait after three wrong guesses, even across a reload', async () => {
    const repos = fresh();
    const lock = new PasscodeLock(repos);
    await lock.set('purple kite 42');
    const at = Date.now();
    for (let i = 0; i < 3; i++) await lock.unlock(`guess ${i}`, at);
    const again = new PasscodeLock(new Repositories(db));
    expect(await again.unlock('purple kite 42', at + 1000)).toEqual({ ok: false, waitSeconds: 14 });
    expect(await again.unlock('purple kite 42', at + 16_000)).toEqual({ ok: true });
  });

  it('counts every wrong guess when several are sent at once (two tabs, a held key)', async () => {
    const repos = fresh();
    const lock = new PasscodeLock(repos);
    await lock.set('purple kite 42');
    const at = Date.now();
    await Promise.all([1, 2, 3].map((i) => lock.unlock(`guess ${i}`, at)));
    expect((await repos.settings()).failedUnlocks).toBe(3);
  });

  it('opens once with the recovery code, never twice', async () => {
    const repos = fresh();
    const lock = new PasscodeLock(repos);
    const code = await lock.set('purple kite 42');
    expect(await lock.recover(code)).toEqual({ ok: true });
    expect((await lock.recover(code)).ok).toBe(false);
  });
});

describe('schema versions', () => {
  it('opens a database made by version 1 and keeps every record', async () => {
    const name = `old-${crypto.randomUUID()}`;
    const { default: Dexie } = await import('dexie');
    const { SCHEMA_V1 } = await import('../../src/storage/database');
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    const repos1 = new Repositories(old as unknown as SafeDatabase);
    const pupil = await classWithPupil(repos1);
    await repos1.recordAttempt(answer(pupil.id, 'device-0001'));
    old.close();

    db = openDatabase(name);
    const repos = new Repositories(db);
    expect(db.verno).toBe(3);
    expect(await repos.attemptsOf(pupil.id)).toHaveLength(1);
    expect((await repos.listClasses())[0]?.name).toBe('Hazel');
  });
});

describe('bringing devices together', () => {
  it('imports a backup in one go, finds the answers by pupil, and a second import adds nothing', async () => {
    const { planMerge } = await import('../../src/domain/backup');
    const tablet = fresh();
    const pupil = await classWithPupil(tablet);
    for (let i = 0; i < 3; i++) await tablet.recordAttempt(answer(pupil.id, 'device-0001'));
    const file = await tablet.backup();
    db.close();

    const hub = fresh();
    await hub.applyMerge(planMerge(await hub.deviceRecords(), [file], true));
    expect(await hub.attemptsOf(pupil.id)).toHaveLength(3);
    expect((await hub.classRecords(file.classes[0]!.id)).attempts).toHaveLength(3);
    const again = planMerge(await hub.deviceRecords(), [file], true);
    expect(again.attempts).toHaveLength(0);
    expect(again.alreadyHere.attempts).toBe(3);
    expect((await hub.backup()).attempts).toHaveLength(3);

    await hub.deleteClass(file.classes[0]!.id);
    expect(await hub.attemptsOf(pupil.id)).toHaveLength(0);
  });

  it('reads an imported batch once: a second class read fetches only batches it has not read, and a deleted one is gone', async () => {
    const { planMerge } = await import('../../src/domain/backup');
    const tablet = fresh();
    const pupil = await classWithPupil(tablet);
    for (let i = 0; i < 3; i++) await tablet.recordAttempt(answer(pupil.id, 'device-0001'));
    const first = await tablet.backup();
    await tablet.recordAttempt({ ...answer(pupil.id, 'device-0001'), choiceId: 'later' });
    const second = await tablet.backup();
    db.close();

    const hub = fresh();
    const classId = first.classes[0]!.id;
    await hub.applyMerge(planMerge(await hub.deviceRecords(), [first], true));
    // Counts the reads of whole batches (not of their ids).
    let batchReads = 0;
    const where = db.attemptBatches.where.bind(db.attemptBatches);
    db.attemptBatches.where = ((index: string) => {
      const clause = where(index);
      const equals = clause.equals.bind(clause);
      clause.equals = (value: unknown) => {
        const collection = equals(value as string);
        const toArray = collection.toArray.bind(collection);
        collection.toArray = (() => {
          batchReads++;
          return toArray();
        }) as typeof collection.toArray;
        return collection;
      };
      return clause;
    }) as typeof db.attemptBatches.where;
    expect((await hub.classRecords(classId)).attempts).toHaveLength(3);
    expect((await hub.classRecords(classId)).attempts).toHaveLength(3);
    expect(batchReads).toBe(1);
    // Another tablet's later backup: its new batch is read, the first is not read again.
    await hub.applyMerge(planMerge(await hub.deviceRecords(), [second], true));
    const after = await hub.classRecords(classId);
    expect(after.attempts.map((a) => a.choiceId).sort()).toEqual(['ask-dad', 'ask-dad', 'ask-dad', 'later']);
    expect(batchReads).toBe(2);
    await hub.deletePupils([pupil.id]);
    expect((await hub.classRecords(classId)).attempts).toEqual([]);
  });

  it('applies all of a plan or none of it, even when its last write fails', async () => {
    const { planMerge } = await import('../../src/domain/backup');
    const tablet = fresh();
    const pupil = await classWithPupil(tablet);
    const { deviceId } = await tablet.settings();
    for (let i = 0; i < 3; i++) await tablet.recordAttempt(answer(pupil.id, deviceId));
    await tablet.publishWording('ks1-safe', [
      { id: 'allowed', words: { 'en-GB': { keyword: 'ALLOWED', text: 'I will ask first.' } }, promises: ['allowed'] },
    ]);
    const signed = await tablet.addAcknowledgement({
      pupilId: pupil.id,
      agreementId: 'ks1-safe',
      agreementVersion: '1.0.0',
      wordingHash: 'c'.repeat(64),
      wording: ['I will ask first.'],
      language: 'en-GB',
      itemsTicked: ['allowed'],
      itemsToDiscuss: [],
      trustedAdults: { school: ['Mrs Jones'], home: [] },
      signature: { kind: 'typed', name: 'Ben K' },
      signedAt: new Date().toISOString(),
      clockWarning: false,
      deviceId,
    });
    const file = await tablet.backup();
    db.close();

    // The hub already holds that agreement (by id), but the plan is made as if it did not: the
    // wording, class, pupil and answers are written first, and only the last write (the
    // agreements) fails.
    const hub = fresh();
    await db.acknowledgements.add(signed);
    const plan = planMerge(
      { classes: [], pupils: [], attemptIds: new Set(), acknowledgementIds: new Set() },
      [file],
      false,
    );
    expect(plan).toMatchObject({ classes: [{}], pupils: [{}], wordings: [{}], acknowledgements: [{}] });
    expect(plan.attempts).toHaveLength(3);
    await expect(hub.applyMerge(plan)).rejects.toBeTruthy();

    expect(await db.agreements.count()).toBe(0);
    expect(await db.classes.count()).toBe(0);
    expect(await db.pupils.count()).toBe(0);
    expect(await db.attemptBatches.count()).toBe(0);
    expect(await hub.attemptsOf(pupil.id)).toEqual([]);
    expect(await db.acknowledgements.toArray()).toEqual([signed]);
  });
});
