import { narrationFileName } from '../../src/domain/sha256';
import { expect, setUpClass, test } from './fixtures';

// The one spec with the offline worker running (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after one visit the app installs and reloads offline, and play continues', async ({ page, context }) => {
  await setUpClass(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit precaches; reload once so the worker controls the page.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);

  // Opening the map keeps that pack's narration on the device, in the background.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  const line = `narration/en-GB/${narrationFileName("I only use the devices I'm ALLOWED to")}.mp3`;
  const cached = () =>
    page.evaluate(async (name) => {
      const keys = await (await caches.open('narration')).keys();
      return { many: keys.length > 400, line: keys.some((k) => k.url.endsWith(name)) };
    }, line);
  await expect.poll(cached, { timeout: 90_000 }).toEqual({ many: true, line: true });

  await context.setOffline(true);
  await page.goto('/');
  expect(await page.evaluate(async (url) => (await fetch(url)).status, line)).toBe(200);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Ask Dad first' }).click();
  await expect(page.getByTestId('caption')).toContainText("Yes! It is Dad's tablet");
  await context.setOffline(false);
});

test('Chromium can install the app: a valid manifest and an active worker, no installability errors', async ({
  playwright,
  launchOptions,
  baseURL,
  foreignRequests,
}) => {
  // Playwright's usual contexts are incognito, where Chromium never offers to install: use a
  // real (temporary) profile.
  const context = await playwright.chromium.launchPersistentContext('', { ...launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => {
      if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== new URL(baseURL ?? '').origin)
        foreignRequests.push(r.url());
    });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    const activeWorker = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? '');
    await expect.poll(activeWorker, { message: 'an active service worker', timeout: 30_000 }).toMatch(/\/sw\.js$/);

    const cdp = await context.newCDPSession(page);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
    await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
