import { expect, openTeacherArea, readTable, setUpClass, test } from './fixtures';
import { playPromise, press } from './play';

const EYFS = ['A GROWN-UP WITH ME', 'MY DETAILS', 'MY PICTURE', 'MY PASSWORD', 'LOG OFF', 'BE MYSELF', 'LOOK AFTER IT'];

test('an EYFS child plays all seven Internet Promise items and the ceremony by pointer, with the class trusted adults', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await setUpClass(page, ['Osian P'], 'EYFS / Reception');

  // The teacher names the class's trusted adults at school, with pictures.
  await openTeacherArea(page);
  await page.getByText('Trusted adults at school (0)').click();
  await page.getByLabel('Name (as the children say it, e.g. Mrs Jones)').fill('Mrs Evans');
  await page.getByRole('radio', { name: 'Teacher (woman)' }).check();
  await page.getByRole('button', { name: 'Add trusted adult' }).click();
  await expect(page.getByText('Trusted adults at school (1)')).toBeVisible();
  await page.getByLabel('Name (as the children say it, e.g. Mrs Jones)').fill('Mr Ali <b>');
  await page.getByRole('radio', { name: 'First aid / nurse' }).check();
  await page.getByRole('button', { name: 'Add trusted adult' }).click();
  await expect(page.getByText('Trusted adults at school (2)')).toBeVisible();
  await page.getByRole('button', { name: 'Lock and leave' }).click();

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Osian P' }).click();
  await expect(page.getByRole('heading', { name: 'My Internet Promise' })).toBeVisible();
  const mechanics = new Set<string>();
  for (const [i, keyword] of EYFS.entries()) {
    await page.getByRole('button', { name: new RegExp(`^${i + 1}\\. ${keyword}\\.`) }).click();
    for (const m of await playPromise(page, 'eyfs-promise', 'pointer')) mechanics.add(m);
    await page.getByRole('button', { name: 'See my stars' }).click();
    await expect(page.getByRole('button', { name: new RegExp(`^${i + 1}\\. ${keyword}\\. 3 stars`) })).toBeVisible();
  }
  expect(mechanics.size).toBeGreaterThanOrEqual(2);

  await page.getByRole('button', { name: 'My promise' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  for (let i = 0; i < EYFS.length; i++) await page.getByRole('button', { name: 'Stamp it!' }).click();
  await expect(page.locator('.stamp-row li.stamped')).toHaveCount(EYFS.length);
  // The teacher's names are shown as text, exactly as typed.
  await page.getByRole('button', { name: 'Mr Ali <b>' }).click();
  await page.getByRole('button', { name: 'Mrs Evans' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Mum' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'I promise!' }).click();
  await expect(page.getByTestId('caption')).toContainText('Well done, Osian P!');

  // Making the promise again is a new record, never an overwrite.
  await page.getByRole('button', { name: 'Make my promise again' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  for (let i = 0; i < EYFS.length; i++) await page.getByRole('button', { name: 'Stamp it!' }).click();
  await page.getByRole('button', { name: 'Mrs Evans' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Dad', exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'I promise!' }).click();
  await expect(page.getByTestId('caption')).toContainText('Well done, Osian P!');

  await page.reload();
  const acks = await readTable<{ agreementId: string; trustedAdults: unknown; itemsTicked: string[] }>(
    page,
    'acknowledgements',
  );
  expect(acks).toHaveLength(2);
  expect(acks.map((a) => a.trustedAdults)).toEqual(
    expect.arrayContaining([
      { school: ['Mr Ali <b>', 'Mrs Evans'], home: ['Mum'] },
      { school: ['Mrs Evans'], home: ['Dad'] },
    ]),
  );
  expect(acks.every((a) => a.agreementId === 'eyfs-internet-promise' && a.itemsTicked.length === 7)).toBe(true);
});

test('a child plays a whole promise with a single switch: the highlight scans, Space presses', async ({ page }) => {
  test.setTimeout(180_000);
  await setUpClass(page, ['Mali R']);
  await openTeacherArea(page);
  await page.getByText('Settings for this device').click();
  await page.getByLabel(/Single-switch scanning/).check();
  await page.getByLabel('Scanning speed').selectOption({ label: 'Very fast (0.8 s)' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Lock and leave' }).click();

  // From here on, only the switch (Space) is pressed, when the scan reaches the wanted thing.
  await press(page, page.getByRole('button', { name: 'Play', exact: true }), 'switch');
  await press(page, page.getByRole('button', { name: 'Mali R' }), 'switch');
  await press(page, page.getByRole('button', { name: /^1\. ALLOWED/ }), 'switch');
  await playPromise(page, 'ks1-safe', 'switch');
  await press(page, page.getByRole('button', { name: 'See my stars' }), 'switch');
  await expect(page.getByRole('button', { name: /^1\. ALLOWED\. 3 stars/ })).toBeVisible();
  const attempts = await readTable<{ correct: boolean }>(page, 'attempts');
  expect(attempts.length).toBeGreaterThan(3);
  expect(attempts.every((a) => a.correct)).toBe(true);
});
