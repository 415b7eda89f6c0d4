import { expect, readTable, setUpClass, test } from './fixtures';

test('"Tell a grown-up" is calm, spoken, and returns to the game', async ({ page }) => {
  await setUpClass(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await page.getByRole('button', { name: 'Tell a grown-up' }).click();
  const dialog = page.getByRole('dialog', { name: "It's good to tell." });
  await expect(dialog).toContainText('Go and tell a trusted adult now');
  await expect(dialog).toContainText('You are not in trouble.');
  await dialog.getByRole('button', { name: 'Back to the game' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
});

test('the title screen switches to Welsh, and the game speaks Welsh', async ({ page }) => {
  await setUpClass(page);
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.getByRole('heading', { name: 'Aros yn DDIOGEL Ar-lein' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await page.getByRole('button', { name: 'Chwarae', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: /^1\. CANIATÂD/ }).click();
  await expect(page.getByTestId('caption')).toContainText('Mae Mia yn gweld llechen Dad');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dweud wrth oedolyn' })).toBeVisible();
});

test('a pupil cannot open the teacher area without the passcode, and wrong guesses slow down', async ({ page }) => {
  await setUpClass(page);
  await page.getByRole('button', { name: 'Teachers' }).click();
  for (let i = 0; i < 3; i++) {
    await page.getByLabel('Teacher passcode').fill(`guess${i}00`);
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('alert')).toContainText('That passcode is not right');
  }
  await expect(page.getByRole('alert')).toContainText('Please wait 15 seconds');
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeHidden();
});

test('the whole game switches to Welsh mid-scenario and keeps the child’s place', async ({ page }) => {
  await setUpClass(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Ask Dad first' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByTestId('caption')).toContainText("Not now, it's nearly tea time");

  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.getByTestId('caption')).toContainText("Dim nawr, mae'n amser te cyn bo hir.");
  await expect(page.getByRole('button', { name: "Chwarae gyda'i theganau" })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'CANIATÂD', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await page.getByRole('button', { name: "Chwarae gyda'i theganau" }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Da iawn' })).toBeVisible();
  const attempts = await readTable<{ language: string; at: string }>(page, 'attempts');
  expect(attempts.sort((a, b) => a.at.localeCompare(b.at)).map((a) => a.language)).toEqual(['en-GB', 'cy']);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'ALLOWED', level: 1 })).toBeVisible();
});
