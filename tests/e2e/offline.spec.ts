import { expect, setUpClass, test } from './fixtures';

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

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Ask Dad first' }).click();
  await expect(page.getByTestId('caption')).toContainText("Yes! It is Dad's tablet");
  await context.setOffline(false);
});
