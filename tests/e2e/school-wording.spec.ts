import { allowEarlyAgreement, expect, openTeacherArea, readTable, setUpClass, test } from './fixtures';

test('a school publishes its own wording; children play and promise it; a new version keeps what was signed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await setUpClass(page, ['Noah P']);
  await openTeacherArea(page);
  await allowEarlyAgreement(page);
  await page.getByRole('button', { name: 'Edit wording: SAFE online' }).click();
  await expect(page.getByText('In use: the app’s own wording.')).toBeVisible();

  // The school's own list, as in its policy (seeds/000, "I agree that I will…").
  await page
    .getByLabel(/Or paste your school’s list/)
    .fill('ASK – I will ask a teacher before using the internet.\nKIND – I will be kind to others online.');
  await page.getByRole('button', { name: 'Use this list' }).click();
  await page.getByRole('button', { name: 'Publish this wording' }).click();
  await expect(page.getByRole('alert')).toContainText('“ASK” (statement 1) plays no scenarios');
  await expect(page.getByRole('alert')).toContainText('“KIND” (statement 2) plays no scenarios');
  const statements = page.locator('.wording-item');
  await statements.nth(0).getByRole('checkbox', { name: 'ALLOWED' }).check();
  await statements.nth(0).getByRole('checkbox', { name: 'ASK' }).check();
  await statements.nth(1).getByRole('checkbox', { name: 'KIND' }).check();
  await page.getByRole('button', { name: 'Publish this wording' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published as version 1.' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock and leave' }).click();

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Noah P' }).click();
  await expect(page.getByRole('button', { name: /^1\. ASK\./ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^2\. KIND\./ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^3\./ })).toHaveCount(0);
  await page.getByRole('button', { name: 'My promise' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.promise-words')).toHaveText('I will ask a teacher before using the internet.');
  await page.getByRole('button', { name: 'Stamp it!' }).click();
  await expect(page.locator('.promise-words')).toHaveText('I will be kind to others online.');
  await page.getByRole('button', { name: 'Stamp it!' }).click();
  await page.getByRole('button', { name: 'My teacher' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Mum' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'I promise!' }).click();
  await expect(page.getByTestId('caption')).toContainText('Well done, Noah P!');

  // A new version of the wording: what Noah promised stays as he promised it.
  await page.goto('/');
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Edit wording: SAFE online' }).click();
  await expect(page.getByText(/In use: your school’s version 1/)).toBeVisible();
  await page.getByLabel('Statement (English)').nth(1).fill('I will always be kind to others online.');
  await page.getByRole('button', { name: 'Publish this wording' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published as version 2.' })).toBeVisible();
  const [ack] = await readTable<{ wording: string[]; agreementVersion: string; agreementId: string }>(
    page,
    'acknowledgements',
  );
  expect(ack?.agreementId).toBe('ks1-safe-online-school');
  expect(ack?.agreementVersion).toMatch(/^1\.1\.0-school\.1\+[0-9a-f]{8}$/);
  expect(ack?.wording).toContain('I will be kind to others online.');
  expect(await readTable(page, 'agreements')).toHaveLength(2);
});
