import { axeViolations, expect, openTeacherArea, setUpClass, test } from './fixtures';

test('a bilingual school pastes its list in English, then in Welsh; confirms the suggestions; a child plays it in Welsh', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await setUpClass(page, ['Noah P'], 'Lower Key Stage 2 (Years 3-4)');
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Edit wording: I am… online' }).click();
  const paste = page.getByLabel(/Or paste your school’s list/);
  const statements = page.locator('.wording-item');

  // English first: a new list of the school's three statements, each with suggestions.
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await paste.fill(
    [
      'PASSWORDS – I will always keep my passwords a secret.',
      'MEETING – I will never agree to meet someone I only know online.',
      'PHOTOS – I will ask a teacher before I share a photo of myself.',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Use this list' }).click();
  await expect(page.getByRole('status')).toContainText('3 statements added from the list (English)');
  await expect(statements).toHaveCount(3);
  await expect(statements.nth(0)).toContainText('Suggested from its words: I am a secure online learner.');
  await expect(statements.nth(1)).toContainText('Suggested from its words: I am SMART online.');
  await expect(statements.nth(2)).toContainText('Suggested from its words: I keep my body to myself online.');
  await expect(statements.nth(0).getByRole('checkbox', { checked: true })).toHaveCount(0);

  // The Welsh list is next; one with a line missing changes nothing and says why.
  await expect(page.getByRole('radio', { name: 'Cymraeg' })).toBeChecked();
  await paste.fill(
    'CYFRINEIRIAU – Bydda i bob amser yn cadw fy nghyfrineiriau yn gyfrinach.\nCWRDD – Fydda i byth yn cwrdd â neb.',
  );
  await page.getByRole('button', { name: 'Use this list' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'This list (Cymraeg) has 2 statements but yours has 3, so nothing was changed.',
  );
  await expect(page.getByLabel('Statement (Cymraeg)').nth(0)).toHaveValue('');
  await expect(page.getByLabel('Statement (English)').nth(0)).toHaveValue('I will always keep my passwords a secret.');

  await paste.fill(
    [
      'CYFRINEIRIAU – Bydda i bob amser yn cadw fy nghyfrineiriau yn gyfrinach.',
      'CWRDD – Fydda i byth yn cytuno i gwrdd â rhywun rydw i’n ei adnabod ar-lein yn unig.',
      'LLUNIAU – Bydda i’n gofyn i athro cyn i mi rannu llun ohono i fy hun.',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Use this list' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Words (Cymraeg) added to your 3 statements, in the same order.',
  );
  await expect(page.getByText('so nothing was changed')).toHaveCount(0);
  await expect(page.getByLabel('Short name (Cymraeg)').nth(1)).toHaveValue('CWRDD');
  await expect(page.getByLabel('Statement (English)').nth(1)).toHaveValue(
    'I will never agree to meet someone I only know online.',
  );

  expect(await axeViolations(page, 'wording editor with suggestions')).toEqual([]);
  // Suggestions are only suggestions: publishing refuses a statement that plays nothing, by name.
  await page.getByRole('button', { name: 'Publish this wording' }).click();
  await expect(page.getByRole('alert')).toContainText('“PASSWORDS” (statement 1) plays no scenarios');
  await expect(page.getByRole('alert')).toContainText('“PHOTOS” (statement 3) plays no scenarios');

  // The teacher confirms two suggestions and changes the third.
  await page.getByRole('button', { name: 'Use the suggestion for statement 1: I am a secure online learner' }).click();
  await expect(statements.nth(0).getByRole('checkbox', { name: 'I am a secure online learner' })).toBeChecked();
  await expect(page.getByRole('status')).toContainText('Statement 1 plays I am a secure online learner.');
  await page.getByRole('button', { name: 'Use the suggestion for statement 2: I am SMART online' }).click();
  await statements.nth(2).getByRole('checkbox', { name: 'I am private online' }).check();
  await expect(statements.nth(2).getByText('Suggested from its words')).toBeHidden();
  await page.getByRole('button', { name: 'Publish this wording' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published as version 1.' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock and leave' }).click();

  // A child plays the school's statements in Welsh.
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: 'Chwarae', exact: true }).click();
  await page.getByRole('button', { name: 'Noah P' }).click();
  await expect(page.getByRole('button', { name: /^1\. CYFRINEIRIAU/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^2\. CWRDD/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^3\. LLUNIAU/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^4\./ })).toHaveCount(0);
  await page.getByRole('button', { name: /^1\. CYFRINEIRIAU/ }).click();
  await expect(page.getByRole('heading', { name: 'CYFRINEIRIAU', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByTestId('caption')).toContainText('cyfrinair');
});
