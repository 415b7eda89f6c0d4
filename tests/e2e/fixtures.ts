/*
 * Every end-to-end test runs with a guard: any request to another origin fails the test
 * (the app must never talk to anyone but itself), and so do a cookie and an uncaught page error.
 */
import { createRequire } from 'node:module';
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => {
        const url = r.url();
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(await page.context().cookies(), 'cookies').toEqual([]);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const PASSCODE = 'purple kite 42';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
/** Per worker: the device as the teacher's first run left it, by class (pupils and key stage). */
const madeClasses = new Map<string, { state: StorageState; recoveryCode: string }>();

/**
 * The teacher's first run: passcode, then a class made by pasting names. Walked through the
 * screens once per worker for each class; later tests start from the device it left (its
 * IndexedDB and local storage, restored by Playwright), which spares each test the same two
 * seconds of set-up. `fresh` walks it again: a test on its own clock needs the class made then.
 */
export async function setUpClass(
  page: Page,
  pupils = ['Amelia Jones', 'Ben K', 'Cerys Llewelyn'],
  stage = 'Key Stage 1 (ages 5-7)',
  { fresh = false } = {},
) {
  const key = JSON.stringify([pupils, stage]);
  const made = fresh ? undefined : madeClasses.get(key);
  if (made) {
    await page.context().setStorageState(made.state);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    return { recoveryCode: made.recoveryCode };
  }
  await page.goto('/');
  await page.getByRole('button', { name: 'Teachers' }).click();
  await page.getByLabel('Teacher passcode').fill(PASSCODE);
  await page.getByLabel('Type the passcode again').fill(PASSCODE);
  await page.getByRole('button', { name: 'Save passcode' }).click();
  const recoveryCode = (await page.getByTestId('recovery-code').textContent()) ?? '';
  await page.getByLabel('I have written the recovery code down').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Class name').fill('Hazel Class');
  await page.getByLabel('Key stage').selectOption({ label: stage });
  await page.getByLabel('Pupils').fill(pupils.join('\n'));
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { name: 'Hazel Class' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  if (!fresh) madeClasses.set(key, { state: await page.context().storageState({ indexedDB: true }), recoveryCode });
  return { recoveryCode };
}

/** From the title screen into the teacher area, with the passcode set by `setUpClass`. */
export async function openTeacherArea(page: Page) {
  await page.getByRole('button', { name: 'Teachers' }).click();
  await page.getByLabel('Teacher passcode').fill(PASSCODE);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
}

/** In the teacher area: let pupils make their promise or sign before playing every promise. */
export async function allowEarlyAgreement(page: Page) {
  await page.getByText('Settings for this device').click();
  await page.getByLabel(/make their promise or sign before playing every promise/).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

/** Reads a whole table of the app's IndexedDB, as the app stored it. */
export function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('stay-safe-online');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/**
 * axe-core's own script, put into the page once per document and run there. @axe-core/playwright
 * injected it again at every check and finished each check in a new page: 1.3-2 s a check
 * against 0.05-0.25 s, over about 30 checks a run. The app has no frames for it to look into.
 */
const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.2 A and AA findings on the page as it is now (the game's canvas is decoration). */
export async function axeViolations(page: Page, screen: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const { violations } = await axe.run({ exclude: [['canvas']] }, { runOnly: { type: 'tag', values: tags } });
    return violations.map((v) => ({ id: v.id, count: v.nodes.length, target: v.nodes[0]?.target.join(' ') ?? '' }));
  }, WCAG_22_AA);
  return violations.map((v) => `${screen}: ${v.id} (${v.count}) ${v.target}`);
}
