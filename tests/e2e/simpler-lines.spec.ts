import { allowEarlyAgreement, expect, openTeacherArea, readTable, setUpClass, test } from './fixtures';

const POLICY =
  'I will never type in my personal information OR that of others (i.e. home address or telephone number, school name and address) unless my teacher specifically gives me permission.';
const SIMPLER =
  "That means: I don't type where I live, my phone number or my school's name, unless my teacher says yes.";

test('the ceremony shows the policy’s own words, then says and captions a simpler line; the record keeps only the policy’s words', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await setUpClass(page, ['Osian P'], 'EYFS / Reception');
  await openTeacherArea(page);
  await allowEarlyAgreement(page);
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Osian P' }).click();
  await page.getByRole('button', { name: 'My promise' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  // A GROWN-UP WITH ME is plain enough: its words alone.
  await expect(page.locator('.promise-words')).toHaveText(
    'I will only use the Internet when a teacher or adult is with me.',
  );
  await expect(page.getByTestId('caption')).not.toContainText('That means');
  await page.getByRole('button', { name: 'Stamp it!' }).click();

  // MY DETAILS: the card keeps the policy's words; the caption adds the simpler line after them.
  await expect(page.locator('.promise-words')).toHaveText(POLICY);
  await expect(page.getByTestId('caption')).toHaveText(`${POLICY} ${SIMPLER}`);
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.getByTestId('caption')).toContainText(
    "Mae hynny'n golygu: dydw i ddim yn teipio ble rydw i'n byw, fy rhif ffôn nac enw fy ysgol, heb i fy athro ddweud ie.",
  );
  await page.getByRole('button', { name: 'English' }).click();
  for (let i = 1; i < 7; i++) await page.getByRole('button', { name: 'Stamp it!' }).click();
  await page.getByRole('button', { name: 'My teacher' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Mum' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'I promise!' }).click();
  await expect(page.getByTestId('caption')).toContainText('Well done, Osian P!');

  const [ack] = await readTable<{ wording: string[] }>(page, 'acknowledgements');
  expect(ack?.wording).toContain(POLICY);
  expect(ack?.wording.some((w) => w.includes('That means'))).toBe(false);
});
