/*
 * Nothing lost when storage fails: a full disk while a child answers, a pupil signs or a
 * teacher imports; a browser that refuses IndexedDB at start; rows damaged outside the app.
 * Each time the person is told plainly, can carry on or try again, and every record that was
 * there before is still there, unchanged.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, readBackupJson, readBackupText } from '../../src/domain/backup';
import { parseCsv } from '../../src/domain/csv';
import { scenariosFor } from '../../src/domain/packLoader';
import { packProgress } from '../../src/domain/packProgress';
import { questionsOf } from '../../src/domain/questions';
import { AcknowledgementRecord, AttemptRecord } from '../../src/domain/records';
import { starsFor } from '../../src/domain/understanding';
import { readPack } from '../helpers/contentFiles';
import { allowEarlyAgreement, expect, openTeacherArea, readTable, setUpClass, test } from './fixtures';

type Flags = { __diskFull?: boolean; __persistAsked?: number };

/**
 * A full disk as Chromium reports it: every write request succeeds, then the transaction is
 * refused at commit (aborted with a QuotaExceededError), while `window.__diskFull` is set.
 * The commit is the app's explicit `commit()` or, without one, the end of its last write.
 */
function fillTheDisk() {
  const flags = window as unknown as Flags;
  const pending = new WeakMap<IDBTransaction, number>();
  const refused = new WeakSet<IDBTransaction>();
  const refuse = (tx: IDBTransaction) => {
    if (refused.has(tx)) return;
    refused.add(tx);
    const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    Object.defineProperty(tx, 'error', { get: () => error });
    tx.abort();
  };
  const commit = IDBTransaction.prototype.commit;
  IDBTransaction.prototype.commit = function (this: IDBTransaction) {
    if (pending.has(this)) refuse(this);
    else commit.call(this);
  };
  for (const method of ['put', 'add'] as const) {
    const real = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      const request = real.apply(this, args);
      if (!flags.__diskFull) return request;
      const tx = this.transaction;
      pending.set(tx, (pending.get(tx) ?? 0) + 1);
      // Listens after the app's own handler (set as this returns), so a write the app makes
      // next in the same transaction counts before the commit is refused.
      queueMicrotask(() =>
        request.addEventListener('success', () => {
          const left = (pending.get(tx) ?? 1) - 1;
          pending.set(tx, left);
          if (left === 0) refuse(tx);
        }),
      );
      return request;
    } as never;
  }
}

const setDiskFull = (page: Page, full: boolean) =>
  page.evaluate((on) => {
    (window as unknown as Flags).__diskFull = on;
  }, full);

/** Writes rows straight into the app's database, as another program (or a disk fault) might. */
function writeRows(page: Page, table: string, rows: unknown[]): Promise<void> {
  return page.evaluate(
    ({ table, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('stay-safe-online');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(table, 'readwrite');
          for (const row of rows) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, rows },
  );
}

const count = async (page: Page, table: string) => (await readTable(page, table)).length;

test('at start: the app asks to keep its storage, and a browser that refuses IndexedDB is told plainly', async ({
  page,
  context,
}) => {
  await page.addInitScript(() => {
    const flags = window as unknown as Flags;
    navigator.storage.persist = () => {
      flags.__persistAsked = (flags.__persistAsked ?? 0) + 1;
      return Promise.resolve(true);
    };
  });
  await setUpClass(page, ['Ben K']);
  await expect.poll(() => page.evaluate(() => (window as unknown as Flags).__persistAsked ?? 0)).toBeGreaterThan(0);

  // Three ways a browser refuses: open throws (storage denied), open fails (old private
  // modes), no IndexedDB at all. Each refuses only until the tab says storage is allowed.
  for (const how of ['throws', 'fails', 'missing'] as const) {
    const tab = await context.newPage();
    await tab.addInitScript((refusal) => {
      if (sessionStorage.getItem('storage-allowed') === 'yes') return;
      if (refusal === 'missing') Object.defineProperty(window, 'indexedDB', { value: undefined });
      else if (refusal === 'throws')
        IDBFactory.prototype.open = () => {
          throw new DOMException('Access to the Indexed Database API is denied in this context.', 'SecurityError');
        };
      else
        IDBFactory.prototype.open = () => {
          const request = { error: null as DOMException | null, onerror: null as ((e: unknown) => void) | null };
          setTimeout(() => {
            request.error = new DOMException('A mutation operation was attempted on a database.', 'InvalidStateError');
            request.onerror?.({ type: 'error', target: request, preventDefault() {}, stopPropagation() {} });
          });
          return request as unknown as IDBOpenDBRequest;
        };
    }, how);
    await tab.goto('/');
    await expect(tab.getByRole('heading', { name: "Let's stop for a moment" }), how).toBeVisible();
    await expect(tab.getByRole('alert')).toContainText('Please ask your teacher to come and help.');
    await expect(tab.getByRole('alert')).toContainText(
      'This browser is not letting the app save anything (this happens in private browsing',
    );
    if (how === 'throws') {
      // Once the browser lets it (a normal window), the same button opens the app as it was.
      await tab.evaluate(() => sessionStorage.setItem('storage-allowed', 'yes'));
      await tab.getByRole('button', { name: 'Home' }).click();
      await tab.getByRole('button', { name: 'Play', exact: true }).click();
      await expect(tab.getByRole('button', { name: 'Ben K' })).toBeVisible();
    }
    await tab.close();
  }
  // Nothing was created, changed or lost by the refused starts.
  expect(await readTable(page, 'pupils')).toMatchObject([{ displayName: 'Ben K' }]);
  expect(await readTable(page, 'classes')).toMatchObject([{ name: 'Hazel Class' }]);
  expect(await count(page, 'settings')).toBe(1);
});

test('a full disk while a child answers: told to get the teacher, the same answer is saved once there is space', async ({
  page,
}) => {
  await page.addInitScript(fillTheDisk);
  await setUpClass(page, ['Ben K']);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const choice = page.getByRole('button', { name: 'Just play on it' });
  await choice.click();
  await expect(page.getByRole('status')).toContainText("Let's think again.");
  await page.getByRole('button', { name: 'Try again' }).click();
  const before = await readTable(page, 'attempts');
  expect(before).toHaveLength(1);

  await setDiskFull(page, true);
  await choice.click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('That answer was not saved. Please ask your teacher to help');
  await expect(alert).toContainText("This device's storage is full, so this answer was not saved");
  await expect(page.getByTestId('caption')).toHaveText(
    'That answer was not saved. Please ask your teacher to help, then choose your answer again.',
  );
  // The question stays, ready for the same answer.
  await expect(choice).toBeEnabled();
  expect(await readTable(page, 'attempts')).toEqual(before);

  await setDiskFull(page, false);
  await choice.click();
  await expect(page.getByRole('status')).toContainText("Let's think again.");
  const after = await readTable<{ id: string; choiceId: string; firstTry: boolean }>(page, 'attempts');
  expect(after).toHaveLength(2);
  expect(after).toEqual(expect.arrayContaining(before));
  expect(after.map((a) => a.choiceId)).toEqual(['just-play', 'just-play']);
  expect(await count(page, 'pupils')).toBe(1);
});

test('a full disk while a KS2 pupil signs: everything they filled in stays, and Sign works once there is space', async ({
  page,
}) => {
  await page.addInitScript(fillTheDisk);
  await setUpClass(page, ['Priya S'], 'Lower Key Stage 2 (Years 3-4)');
  await openTeacherArea(page);
  await allowEarlyAgreement(page);
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Priya S' }).click();
  await page.getByRole('button', { name: 'Sign the agreement' }).click();

  const agree = page.getByRole('radio', { name: 'I agree' });
  await expect(agree).toHaveCount(16);
  for (let i = 0; i < 16; i++) await agree.nth(i).check();
  await page.getByRole('button', { name: 'My teacher' }).click();
  await page.getByRole('button', { name: 'Type my name instead' }).click();
  await page.getByLabel('Type your name to sign').fill('Priya S');

  await setDiskFull(page, true);
  const sign = page.getByRole('button', { name: 'Sign the agreement' });
  await sign.click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your signature was not saved, so nothing has changed.');
  await expect(alert).toContainText("This device's storage is full, so the agreement was not saved");
  await expect(page.getByTestId('caption')).toHaveText(
    'Your signature was not saved, so nothing has changed. Please ask your teacher to help, then try again.',
  );
  expect(await count(page, 'acknowledgements')).toBe(0);
  // Still on the page, with every answer, adult and the name as the pupil left them.
  for (let i = 0; i < 16; i++) await expect(agree.nth(i)).toBeChecked();
  await expect(page.getByRole('button', { name: 'My teacher' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Type your name to sign')).toHaveValue('Priya S');

  await setDiskFull(page, false);
  await sign.click();
  await expect(page.getByRole('heading', { name: 'Certificate' })).toBeVisible();
  const acks = await readTable<Record<string, unknown>>(page, 'acknowledgements');
  expect(acks).toHaveLength(1);
  expect(acks[0]).toMatchObject({
    signature: { kind: 'typed', name: 'Priya S' },
    trustedAdults: { school: ['My teacher'] },
  });
  expect(await readTable(page, 'pupils')).toMatchObject([{ displayName: 'Priya S' }]);
});

test('a full disk while a teacher imports a backup: nothing half-imported, and Import now works once there is space', async ({
  page,
}) => {
  await page.addInitScript(fillTheDisk);
  await setUpClass(page, ['Ben K']);
  const now = new Date().toISOString();
  const classId = crypto.randomUUID();
  const pupilIds = [crypto.randomUUID(), crypto.randomUUID()];
  const backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now,
    deviceId: crypto.randomUUID(),
    classes: [{ id: classId, name: 'Oak Class', stage: 'KS1', packId: 'ks1-safe', createdAt: now }],
    pupils: ['Dewi P', 'Efa R'].map((displayName, i) => ({
      id: pupilIds[i],
      classId,
      displayName,
      avatar: 'fox',
      createdAt: now,
    })),
    attempts: goodAttempts(pupilIds[0] as string).slice(0, 1),
    acknowledgements: [],
  };
  expect(readBackupJson(backup).ok).toBe(true);

  await openTeacherArea(page);
  await page.getByText('Back up and bring devices together').click();
  await page.getByLabel('Choose backup files (one from each tablet)').setInputFiles({
    name: 'oak-tablet.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(page.getByText('Adds 1 classes, 2 pupils, 1 answers and 0 agreements.')).toBeVisible();
  const tables = ['classes', 'pupils', 'attempts', 'attemptBatches', 'acknowledgements'];
  const before = await Promise.all(tables.map((t) => readTable(page, t)));

  await setDiskFull(page, true);
  const apply = page.getByRole('button', { name: 'Import now' });
  await apply.click();
  await expect(page.getByRole('alert')).toHaveText(
    'This device\'s storage is full, so nothing was imported and nothing was changed. Free some space (delete old apps, photos or videos), then press "Import now" again.',
  );
  expect(await Promise.all(tables.map((t) => readTable(page, t)))).toEqual(before);

  await setDiskFull(page, false);
  await apply.click();
  await expect(page.getByText('Imported. Nothing was changed before this step.')).toBeVisible();
  await expect(page.getByText("This device's storage is full")).toBeHidden();
  expect((await readTable<{ name: string }>(page, 'classes')).map((c) => c.name).sort()).toEqual([
    'Hazel Class',
    'Oak Class',
  ]);
  expect((await readTable<{ displayName: string }>(page, 'pupils')).map((p) => p.displayName).sort()).toEqual([
    'Ben K',
    'Dewi P',
    'Efa R',
  ]);
  expect(await readTable(page, 'attemptBatches')).toMatchObject([{ pupilId: pupilIds[0], attempts: backup.attempts }]);
});

test('damaged rows in the database: the map and dashboard open, good records all show, the bad ones are counted and left untouched', async ({
  page,
}) => {
  await setUpClass(page, ['Amelia J', 'Ben K', 'Cerys L']);
  const pupils = await readTable<{ id: string; classId: string; displayName: string }>(page, 'pupils');
  const id = (name: string) => pupils.find((p) => p.displayName === name)?.id as string;
  const classId = pupils[0]?.classId as string;

  // Good records: Ben finished the first ALLOWED scenario (and one answer came in a batch
  // from another tablet); Amelia signed.
  const made = goodAttempts(id('Ben K'));
  const imported = goodAttempts(id('Ben K'), 1, 1);
  const signed = AcknowledgementRecord.parse({
    id: crypto.randomUUID(),
    pupilId: id('Amelia J'),
    agreementId: 'ks1-safe-online',
    agreementVersion: '1.0.0+00000000',
    wordingHash: 'a'.repeat(64),
    wording: ['I will be SAFE online.'],
    language: 'en-GB',
    itemsTicked: ['allowed'],
    trustedAdults: { school: ['My teacher'], home: ['Mum'] },
    signature: { kind: 'profile-name', name: 'Amelia J' },
    signedAt: new Date().toISOString(),
    deviceId: crypto.randomUUID(),
  });
  // Damaged ones: wrong types, missing fields, garbage.
  const damaged = {
    attempts: [{ id: 'damaged-attempt', pupilId: id('Ben K'), correct: 'yes', at: 42, choiceId: null }],
    pupils: [{ id: 'damaged-pupil', classId, displayName: 42, avatar: { x: 1 } }],
    acknowledgements: [{ id: 'damaged-ack', pupilId: id('Cerys L'), signedAt: 'yesterday-ish', wording: '�\u0000' }],
  };
  const batch = { id: crypto.randomUUID(), pupilId: id('Ben K'), attempts: [...imported, { id: 'x', garbage: true }] };
  await writeRows(page, 'attempts', [...made, ...damaged.attempts]);
  await writeRows(page, 'attemptBatches', [batch]);
  await writeRows(page, 'acknowledgements', [signed, ...damaged.acknowledgements]);
  await writeRows(page, 'pupils', damaged.pupils);
  const everything = async () =>
    Object.fromEntries(
      await Promise.all(
        ['classes', 'pupils', 'attempts', 'attemptBatches', 'acknowledgements'].map(
          async (t) => [t, await readTable(page, t)] as const,
        ),
      ),
    );
  const stored = await everything();

  // The child's side: every good pupil to pick, and Ben's map with his star.
  await page.goto('/');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.locator('.pupil-card')).toHaveCount(3);
  await page.getByRole('button', { name: 'Ben K' }).click();
  const pack = readPack('ks1-safe');
  if (!pack.ok) throw new Error('ks1-safe does not load');
  const allowed = packProgress(pack.pack, [...made, ...imported], 'KS1').get('allowed');
  const stars = allowed ? starsFor(allowed) : 0;
  expect(stars).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: `1. ALLOWED. ${stars} star${stars === 1 ? '' : 's'}` })).toBeVisible();

  // The teacher's side: told plainly, with everything good shown.
  await page.goto('/');
  await openTeacherArea(page);
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveText(
    '1 record on this device could not be read and was left untouched. It may have been damaged outside the app; everything else is shown.',
  );
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await expect(page.getByRole('heading', { name: 'Hazel Class', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
    '4 records on this device could not be read and were left untouched.',
  );
  const rows = page.getByRole('table').getByRole('rowheader');
  await expect(rows).toHaveText(['Amelia J', 'Ben K', 'Cerys L']);
  await expect(page.getByText('Not yet made their promise or signed: Ben K, Cerys L')).toBeVisible();
  const [csvFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download all answers (CSV)' }).click(),
  ]);
  const csv = parseCsv(readFileSync(await csvFile.path(), 'utf8'));
  expect(csv.length - 1).toBe(made.length + imported.length);

  // A backup leaves the damaged rows out, so it can be read on another device.
  await page.getByRole('button', { name: /Back to your classes/ }).click();
  await page.getByText('Back up and bring devices together').click();
  const [backupFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup of this device' }).click(),
  ]);
  const read = readBackupText(readFileSync(await backupFile.path(), 'utf8'));
  if (!read.ok || !('backup' in read)) throw new Error(`the backup does not read back: ${JSON.stringify(read)}`);
  expect(read.backup.pupils).toHaveLength(3);
  expect(read.backup.attempts).toHaveLength(made.length + imported.length);
  expect(read.backup.acknowledgements).toMatchObject([{ id: signed.id }]);

  // Nothing was deleted or rewritten, damaged or not.
  expect(await everything()).toEqual(stored);
  expect(stored.attempts).toEqual(expect.arrayContaining(damaged.attempts));
  expect(stored.pupils).toEqual(expect.arrayContaining(damaged.pupils));
  expect(stored.acknowledgements).toEqual(expect.arrayContaining(damaged.acknowledgements));
  expect(stored.attemptBatches).toEqual([batch]);
});

/** Right answers to every step of the first scenarios of ALLOWED (KS1), as the app saves them. */
function goodAttempts(pupilId: string, scenarios = 1, skip = 0): AttemptRecord[] {
  const read = readPack('ks1-safe');
  if (!read.ok) throw new Error('ks1-safe does not load');
  const deviceId = crypto.randomUUID();
  return scenariosFor(read.pack, 'allowed', 'KS1')
    .slice(skip, skip + scenarios)
    .flatMap((scenario) => {
      const runId = crypto.randomUUID();
      return questionsOf(scenario).map((question) => {
        const choice = question.choices.find((c) => c.correct);
        return AttemptRecord.parse({
          id: crypto.randomUUID(),
          pupilId,
          packId: 'ks1-safe',
          packVersion: read.pack.manifest.version,
          promiseId: 'allowed',
          scenarioId: scenario.id,
          runId,
          stepId: question.id,
          choiceId: choice?.id,
          correct: true,
          firstTry: true,
          answerText: 'Ask a grown-up first',
          language: 'en-GB',
          at: new Date().toISOString(),
          deviceId,
        });
      });
    });
}
