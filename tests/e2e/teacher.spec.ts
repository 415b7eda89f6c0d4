import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsv } from '../../src/domain/csv';
import { allowEarlyAgreement, expect, openTeacherArea, readTable, setUpClass, test } from './fixtures';
import { playPromise } from './play';

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

test('a teacher sees what pupils did, exports CSV and a backup, and a second device imports it once', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await setUpClass(page, ['Ben K', '=HYPERLINK("x") Q', 'Siân Ŵ']);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await playPromise(page, 'ks1-safe', 'pointer');
  await page.getByRole('button', { name: 'See my stars' }).click();
  await page.goto('/');

  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await expect(page.getByRole('heading', { name: 'Hazel Class', level: 1 })).toBeVisible();
  // Every ALLOWED question right first time, but all in one sitting: developing, not secure (rule v2).
  const benRow = page.getByRole('row', { name: /Ben K/ });
  await expect(benRow.getByRole('cell').first()).toContainText('Developing');
  await expect(benRow.getByRole('cell').first()).toContainText('latest evidence');
  await expect(page.getByText('0 of 3 secure').first()).toBeVisible();
  await expect(page.getByText('Levels judged by understanding rule 2.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the levels mean' })).toBeVisible();
  for (const level of ['Not started', 'Started', 'Developing', 'Secure', 'Needs revisiting', 'Misconception'])
    await expect(page.locator('.level-key dt').getByText(level, { exact: true })).toBeVisible();
  await expect(page.getByText(/Not yet made their promise or signed: .*Ben K/)).toBeVisible();

  const summary = await downloadText(page, 'Download class summary (CSV)');
  expect(summary.name).toMatch(/^hazel-class-summary-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(summary.text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(summary.text);
  expect(rows[0]?.[0]).toBe('Pupil');
  expect(rows.slice(1).map((r) => r[0])).toEqual(['\'=HYPERLINK("x") Q', 'Ben K', 'Siân Ŵ']);
  expect(rows.find((r) => r[0] === 'Ben K')?.[2]).toBe('0');
  const ruleColumn = rows[0]?.indexOf('Understanding rule') ?? -1;
  expect(rows.slice(1).map((r) => r[ruleColumn])).toEqual(['v2', 'v2', 'v2']);
  expect(rows.find((r) => r[0] === 'Ben K')?.[rows[0]?.indexOf('Understanding by promise') ?? -1]).toMatch(
    /^allowed: developing, \d{4}-\d{2}-\d{2}; check: not-started/,
  );

  const answers = parseCsv((await downloadText(page, 'Download all answers (CSV)')).text);
  const saved = await readTable(page, 'attempts');
  expect(answers).toHaveLength(saved.length + 1);

  // One pupil's page shows the evidence behind each level, and lists their answers.
  await page.getByRole('button', { name: 'Ben K' }).click();
  await expect(page.getByRole('heading', { name: 'Understanding, promise by promise' })).toBeVisible();
  const allowed = page.locator('.promise-evidence', { has: page.getByRole('heading', { name: /ALLOWED/ }) });
  await expect(allowed.getByRole('heading')).toContainText('Developing');
  await expect(allowed.getByRole('columnheader', { name: 'Right first time' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Answers' })).toBeVisible();
  const answersSection = page.locator('section', { has: page.getByRole('heading', { name: 'Answers', exact: true }) });
  await expect(answersSection.getByRole('row')).toHaveCount(saved.length + 1);
  await page.getByRole('button', { name: /Back to your classes/ }).click();
  await page.getByRole('button', { name: /Back to your classes/ }).click();

  await page.getByText('Back up and bring devices together').click();
  const backup = await downloadText(page, 'Download a backup of this device');
  expect(JSON.parse(backup.text)).toMatchObject({ format: 'stay-safe-online-backup', formatVersion: 1 });

  // A second device (a fresh browser profile) imports it: a preview first, then all of it, once.
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const device = await other.newPage();
  await setUpClass(device, ['Ben K'], 'Key Stage 1 (ages 5-7)');
  await openTeacherArea(device);
  await device.getByText('Back up and bring devices together').click();
  const truncated = testInfo.outputPath('truncated.json');
  writeFileSync(truncated, backup.text.slice(0, 200));
  const hostile = testInfo.outputPath('hostile.json');
  writeFileSync(
    hostile,
    JSON.stringify({
      ...JSON.parse(backup.text),
      pupils: [{ id: '<script>', displayName: '<img src=x onerror=alert(1)>'.repeat(10) }],
    }),
  );
  await device.getByLabel('Choose backup files (one from each tablet)').setInputFiles([truncated, hostile]);
  await expect(device.getByRole('alert')).toContainText('truncated.json is not a complete backup');
  await expect(device.getByRole('alert')).toContainText('hostile.json has been changed or damaged');
  expect(await readTable(device, 'pupils')).toHaveLength(1);

  await device.getByLabel('Choose backup files (one from each tablet)').setInputFiles(backup.path);
  await expect(device.getByText('1 pupils look like pupils already here (same class and name).')).toBeVisible();
  await expect(device.getByText(`Adds 0 classes, 2 pupils, ${saved.length} answers and 0 agreements.`)).toBeVisible();
  await device.getByRole('button', { name: 'Import now' }).click();
  await expect(device.getByText('Imported.')).toBeVisible();
  expect(await readTable(device, 'pupils')).toHaveLength(3);
  // Imported answers are kept as one batch per pupil.
  const batches = await readTable<{ attempts: unknown[] }>(device, 'attemptBatches');
  expect(batches.flatMap((b) => b.attempts)).toHaveLength(saved.length);

  await device.getByLabel('Choose backup files (one from each tablet)').setInputFiles(backup.path);
  await expect(device.getByText('Nothing new to import: these records are already here.')).toBeVisible();
  await device.getByRole('button', { name: 'Open Hazel Class' }).click();
  await expect(device.getByRole('row', { name: /Ben K/ }).getByRole('cell').first()).toContainText('Developing');
  await other.close();
});

test('a class’s signed agreements print on A4 with the wording and signature', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpClass(page, ['Leo D']);
  await openTeacherArea(page);
  await allowEarlyAgreement(page);
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Leo D' }).click();
  await page.getByRole('button', { name: 'My promise' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  for (let i = 0; i < 10; i++) await page.getByRole('button', { name: 'Stamp it!' }).click();
  await page.getByRole('button', { name: 'My teacher' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Grandad' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'I promise!' }).click();
  await expect(page.getByTestId('caption')).toContainText('Well done, Leo D!');
  await page.goto('/');

  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await expect(page.getByText('Every pupil has made their promise or signed.')).toBeVisible();
  // Leo promised before playing: listed for the teacher, never stopped.
  await expect(page.getByRole('heading', { name: /Agreed to before showing secure understanding/ })).toBeVisible();
  await expect(page.getByText(/^Leo D: ALLOWED; CHECK/)).toBeVisible();
  await page.getByRole('button', { name: 'Print agreements for the class' }).click();
  await expect(page.getByText('Pupil: Leo D')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Understanding shown by the time of signing (understanding rule 2)' }),
  ).toBeVisible();
  await expect(page.locator('.print-levels li', { hasText: 'TELL' })).toContainText(
    'Not started (agreed to, not yet secure when signed)',
  );
  await expect(page.getByText("I TELL a trusted adult if I'm worried, scared or just not sure")).toBeVisible();
  await expect(page.getByText('Trusted adults: at school My teacher; at home Grandad')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.screenshot({ path: test.info().outputPath('agreement-print.png'), fullPage: true });
});

test('a forgotten passcode: the recovery code opens the door once, and a new passcode works', async ({ page }) => {
  const { recoveryCode } = await setUpClass(page, ['Ben K']);
  expect(recoveryCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  await page.getByRole('button', { name: 'Teachers' }).click();
  await page.getByText('Forgotten the passcode?').click();
  await page.getByLabel('Recovery code').fill('AAAA-BBBB-CCCC-DDDD');
  await page.getByRole('button', { name: 'Use the recovery code' }).click();
  await expect(page.getByRole('alert')).toHaveText('That recovery code is not right.');
  await page.getByLabel('Recovery code').fill(recoveryCode.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Use the recovery code' }).click();
  await page.getByLabel('New teacher passcode').fill('green owl 77');
  await page.getByLabel('Type the passcode again').fill('green owl 77');
  await page.getByRole('button', { name: 'Save the new passcode' }).click();
  const next = await page.getByTestId('recovery-code').textContent();
  expect(next).not.toBe(recoveryCode);
  await page.getByLabel('I have written the recovery code down').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await page.getByRole('button', { name: 'Teachers' }).click();
  await page.getByLabel('Teacher passcode').fill('green owl 77');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hazel Class' })).toBeVisible();
});

test('a teacher renames a class, adds pupils, changes a picture, and at the end of the year deletes everything', async ({
  page,
}) => {
  await setUpClass(page, ['Ben K']);
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await page.getByText('Class details and pupils').click();
  await page.getByLabel('Class name', { exact: true }).fill('Rowan Class');
  await page.getByRole('button', { name: 'Save class details' }).click();
  await expect(page.getByRole('heading', { name: 'Rowan Class', level: 1 })).toBeVisible();
  await page.getByText('Class details and pupils').click();
  await page.getByLabel('Add pupils').fill('Siôn Ellis\nZoë 🙂 Brown\nBen K\nÑuño Q');
  await page.getByRole('button', { name: 'Add these pupils' }).click();
  // "Ben K" is already in the class: nothing is saved until the teacher says who is who.
  await expect(page.getByText('A pupil in this class already has that name.')).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Add pupils').fill('Siôn Ellis\nZoë 🙂 Brown\nÑuño Q');
  await page.getByRole('button', { name: 'Add these pupils' }).click();
  await expect(page.getByRole('row', { name: /Siôn E/ })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(5);

  await page.getByRole('button', { name: 'Siôn E' }).click();
  await page.getByText('Change name or class').click();
  await page.getByLabel('Picture').selectOption('owl');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  const pupils = await readTable<{ displayName: string; avatar: string }>(page, 'pupils');
  expect(pupils.find((p) => p.displayName === 'Siôn E')?.avatar).toBe('owl');

  await page.getByRole('button', { name: /Back to your classes/ }).click();
  await page.getByRole('button', { name: /Back to your classes/ }).click();
  await page.getByText('End of the year: delete everything on this device').click();
  await page.getByLabel('Type DELETE EVERYTHING to confirm').fill('delete');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was deleted' })).toBeVisible();
  expect(await readTable(page, 'pupils')).toHaveLength(4);
  await page.getByLabel('Type DELETE EVERYTHING to confirm').fill('DELETE EVERYTHING');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  expect(await readTable(page, 'pupils')).toHaveLength(0);
  expect(await readTable(page, 'classes')).toHaveLength(0);
});
