/*
 * The title is in the page before any module runs: Play shows at once, a press made before
 * the app has loaded is done once it has, and a Welsh class sees a Welsh title first.
 */
import type { Page } from '@playwright/test';
import { expect, setUpClass, test } from './fixtures';

const BOOT_MODULE = /\/assets\/boot-[^/]+\.js$/;

/** Holds back the app's module, as a slow school connection would; call the result to let it come. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(BOOT_MODULE, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('Play pressed before the app has loaded is done once it has', async ({ page }) => {
  await setUpClass(page, ['Ben K']);
  const release = await holdTheApp(page);
  await page.reload();
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await play.click();
  await expect(play).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('button', { name: 'Ben K' })).toHaveCount(0);
  release();
  await expect(page.getByRole('button', { name: 'Ben K' })).toBeVisible();
});

test('a device set to Welsh shows the Welsh title before the app has loaded', async ({ page }) => {
  await setUpClass(page, ['Ben K']);
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.getByRole('heading', { name: 'Aros yn DDIOGEL Ar-lein' })).toBeVisible();
  // The app's module never arrives in this test: all that shows is the page itself.
  await page.route(BOOT_MODULE, () => new Promise(() => {}));
  await page.reload({ waitUntil: 'commit' });
  await expect(page.getByRole('heading', { name: 'Aros yn DDIOGEL Ar-lein' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chwarae', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Iaith' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cymraeg' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
});

test('the app keeps the built-in title rather than drawing it again, and its buttons then work', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpClass(page, ['Ben K']);
  for (const [lang, playWord] of [
    ['English', 'Play'],
    ['Cymraeg', 'Chwarae'],
  ]) {
    await page.getByRole('button', { name: lang }).click();
    // The choice is saved before the reload (the switch redraws the title in that language).
    await expect(page.getByRole('button', { name: playWord, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: lang })).toHaveAttribute('aria-pressed', 'true');
    // A mark put on the built-in Play button before the app has loaded is still there after:
    // the same element, so no second paint of the screen and no button swapped under a finger.
    const release = await holdTheApp(page);
    await page.reload();
    const play = page.locator('.play-button');
    await play.evaluate((el) => el.setAttribute('data-marked', ''));
    release();
    await page.waitForFunction(() => (window as { __titleLive?: boolean }).__titleLive === true);
    await expect(play).toHaveAttribute('data-marked', '');
    await expect(page.locator('#title-words')).toHaveCount(0);
    await page.unroute(BOOT_MODULE);
  }
  await page.getByRole('button', { name: 'Chwarae', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Ben K' })).toBeVisible();
});

test('a button chosen by keyboard on the built-in title is still chosen once the app has loaded', async ({ page }) => {
  await setUpClass(page, ['Ben K']);
  const release = await holdTheApp(page);
  await page.reload();
  await page.getByRole('button', { name: 'Teachers' }).focus();
  release();
  await page.waitForFunction(() => (window as { __titleLive?: boolean }).__titleLive === true);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Teacher passcode')).toBeVisible();
});
