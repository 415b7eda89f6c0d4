import { expect, openTeacherArea, readTable, setUpClass, test } from './fixtures';
import { playPromise } from './play';

test('a family plays at home with nothing saved, then makes a profile and the next answer is kept', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Play at home' }).click();
  await expect(page.getByRole('heading', { name: 'Play at home' })).toBeVisible();
  await page.getByRole('radio', { name: 'SAFE online (ages 5-7)' }).click();
  await page.getByRole('button', { name: 'Play SAFE online (ages 5-7) (nothing saved)' }).click();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await playPromise(page, 'ks1-safe', 'pointer');
  await page.getByRole('button', { name: 'See my stars' }).click();
  await expect(page.getByRole('button', { name: /^1\. ALLOWED\. 3 stars/ })).toBeVisible();
  for (const table of ['classes', 'pupils', 'attempts', 'acknowledgements', 'sessions', 'attemptBatches']) {
    expect(await readTable(page, table), `${table} after playing without a profile`).toEqual([]);
  }

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByLabel("Your child's first name").fill('Mali');
  await page.getByRole('button', { name: 'Make a family profile' }).click();
  await expect(page.getByRole('heading', { name: 'SAFE online' })).toBeVisible();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Ask Dad first' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Well done' })).toBeVisible();
  expect(await readTable(page, 'attempts')).toHaveLength(1);

  // One step deletes the profile and everything in it.
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: "Delete Mali's family profile" }).click();
  await expect(page.getByRole('button', { name: 'Play as Mali' })).toHaveCount(0);
  expect(await readTable(page, 'attempts')).toEqual([]);
  expect(await readTable(page, 'pupils')).toEqual([]);
});

test("grown-ups' pages: talk-about-it cards for every promise and the parents' agreement to tick and print", async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Play at home' }).click();
  await page.getByRole('button', { name: 'Talk about it at home: I am… online (ages 7-11)' }).click();
  await expect(page.locator('.home-card')).toHaveCount(16);
  await expect(page.locator('.home-card').first()).toContainText('Ask:');
  await expect(page.locator('.home-card').first()).toContainText('Set up:');
  await page.getByRole('button', { name: /Back to play at home/ }).click();
  await page.getByRole('button', { name: "The parents' and carers' agreement" }).click();
  const points = page.locator('.parent-points input[type="checkbox"]');
  await expect(points.first()).toBeVisible();
  expect(await points.count()).toBeGreaterThanOrEqual(6);
  await points.first().check();
  await expect(page.getByText(/ChildLine/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  for (const table of ['classes', 'pupils', 'attempts']) expect(await readTable(page, table)).toEqual([]);
});

test('workshop night: the teacher shows a QR code of the app made on the device, and install steps', async ({
  page,
  baseURL,
}) => {
  await setUpClass(page, ['Ben K']);
  await openTeacherArea(page);
  await page.getByText('Settings for this device').click();
  await page.getByLabel(/The school’s contact for parents/).fill('Mrs Evans, Oak Primary: 01234 567890');
  await page.getByLabel('Narration speed').selectOption({ label: 'Slower' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  const [settings] = await readTable<{ narrationRate: number; schoolContact: string }>(page, 'settings');
  expect(settings).toMatchObject({ narrationRate: 0.8, schoolContact: 'Mrs Evans, Oak Primary: 01234 567890' });
  await page.getByRole('button', { name: 'Workshop night: show the QR code' }).click();
  const qr = page.getByRole('img', { name: `QR code for ${baseURL}` });
  await expect(qr).toBeVisible();
  expect((await qr.locator('path').getAttribute('d'))?.length).toBeGreaterThan(500);
  await expect(page.getByRole('heading', { name: 'iPhone or iPad' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await page.getByRole('button', { name: 'Play at home' }).click();
  await page.getByRole('button', { name: "The parents' and carers' agreement" }).click();
  await expect(page.getByText('Mrs Evans, Oak Primary: 01234 567890')).toBeVisible();
});
