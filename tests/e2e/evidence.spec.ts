/*
 * The evidence a school hands an inspector, as a teacher makes it: pupils play on two days (one
 * secure, one keeping the stranger's secret twice), one makes the promise; the class's evidence
 * report shows each strand's promises, dates, pupils secure, wrong beliefs and who signed; it
 * prints to an A4 PDF, downloads as CSV that reads back, and is in Welsh on a Welsh device.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsv } from '../../src/domain/csv';
import { questionsOf } from '../../src/domain/questions';
import { readPack } from '../helpers/contentFiles';
import { allowEarlyAgreement, expect, openTeacherArea, PASSCODE, setUpClass, test } from './fixtures';
import { makeThePromise, playPromise } from './play';

const read = readPack('ks1-safe');
if (!read.ok) throw new Error('ks1-safe does not load');
const pack = read.pack;
const KS1_PROMISES = ['ALLOWED', 'CHECK', 'ASK', 'THINK', 'KNOW', 'SECRETS', 'CLOTHES', 'RESPONSIBLE', 'KIND', 'TELL'];
const SECRET = 'Thinks it is fine to keep a secret because someone online asked them to';

async function play(page: Page, pupil: string, place: RegExp, onQuestion?: () => Promise<void>) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: pupil }).click();
  await page.getByRole('button', { name: place }).click();
  await playPromise(page, 'ks1-safe', 'pointer', onQuestion);
  await page.getByRole('button', { name: 'See my stars' }).click();
}

/** Plays SECRETS choosing "keep the secret" wherever it is offered (then the right answer). */
async function keepTheSecret(page: Page, pupil: string): Promise<number> {
  const question = page.locator('.actions [data-step]');
  let kept = 0;
  await play(page, pupil, /^6\. SECRETS/, async () => {
    const scenarioId = await question.getAttribute('data-scenario');
    const scenario = pack.scenarios.find((s) => s.id === scenarioId);
    const stepId = await question.getAttribute('data-step');
    const secret =
      scenario &&
      questionsOf(scenario)
        .find((q) => q.id === stepId)
        ?.choices.find((c) => c.misconception === 'secret-is-fine');
    if (!secret) return;
    kept++;
    await question.locator(`[data-choice="${secret.id}"]`).click();
    await page.getByRole('button', { name: 'Try again' }).click();
  });
  return kept;
}

test('the evidence report shows each strand, prints to an A4 PDF, downloads as CSV and is in Welsh', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.clock.install({ time: new Date('2026-09-07T09:00:00') });
  await setUpClass(page, ['Ada L', 'Ben K'], undefined, { fresh: true });
  await openTeacherArea(page);
  await allowEarlyAgreement(page);
  await page.getByRole('button', { name: 'Lock and leave' }).click();

  // Day 1: Ada plays ALLOWED right first time; Ben keeps the stranger's secret twice.
  await play(page, 'Ada L', /^1\. ALLOWED/);
  expect(await keepTheSecret(page, 'Ben K')).toBeGreaterThanOrEqual(2);
  // Day 3: Ada comes back to ALLOWED (secure now), then makes her promise.
  await page.clock.setSystemTime(new Date('2026-09-09T09:00:00'));
  await play(page, 'Ada L', /^1\. ALLOWED/);
  await makeThePromise(
    page,
    { keywords: KS1_PROMISES, name: 'Ada L', school: ['My teacher'], home: ['Grandma'] },
    'pointer',
  );

  await page.goto('/');
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await page.getByRole('button', { name: 'Evidence report' }).click();
  await expect(page.getByRole('heading', { name: 'Online safety evidence: Hazel Class' })).toBeVisible();
  await expect(
    page.getByText('SAFE online, Key Stage 1 (ages 5-7): 2 pupils. Played from 7 Sept 2026 to 9 Sept 2026.'),
  ).toBeVisible();
  await expect(page.getByText(/judged by understanding rule v2/)).toBeVisible();
  for (const framework of [
    'Education for a Connected World',
    'The four Cs of online risk',
    'Digital Competence Framework (Wales): Citizenship',
  ])
    await expect(
      page.getByRole('table', { name: new RegExp(`^${framework.replace(/[()]/g, '\\$&')}:`) }),
    ).toBeVisible();

  const ecf = page.getByRole('table', { name: /^Education for a Connected World:/ });
  await expect(ecf.getByRole('row')).toHaveCount(1 + 8);
  const health = ecf.getByRole('row', { name: /^Health, well-being and lifestyle/ });
  await expect(health.getByRole('cell').nth(0)).toHaveText(
    ['ALLOWED: 1 of 2 secure', 'CHECK: 0 of 2 secure', 'ASK: 0 of 2 secure'].join(''),
  );
  await expect(health.getByRole('cell').nth(1)).toHaveText('7 Sept 2026 to 9 Sept 2026');
  await expect(health.getByRole('cell').nth(2)).toHaveText('0 of 2 secure in every promise here');
  await expect(health.getByRole('cell').nth(4)).toContainText('1 of 2 signed');
  await expect(health.getByRole('cell').nth(4)).toContainText('Not yet: Ben K');
  const relationships = ecf.getByRole('row', { name: /^Online relationships/ });
  await expect(relationships.getByRole('cell').nth(3)).toHaveText(`${SECRET}: chosen by 1, still held by 1`);
  await expect(
    ecf
      .getByRole('row', { name: /^Copyright and ownership/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('Not taught by this agreement');
  const fourCs = page.getByRole('table', { name: /^The four Cs of online risk:/ });
  await expect(fourCs.getByRole('row', { name: /^Contact/ })).toContainText(`${SECRET}: chosen by 1, still held by 1`);
  await page.screenshot({ path: testInfo.outputPath('evidence-report.png'), fullPage: true });

  // Printed: A4, the buttons gone, each framework on its own page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print (A4)' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('evidence-report.pdf') });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(3);
  const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  // A4 is 210 × 297 mm: 595.3 × 841.9 points (Chromium rounds to whole points).
  expect(Math.abs(Number(mediaBox?.[1]) - 595.3)).toBeLessThan(1);
  expect(Math.abs(Number(mediaBox?.[2]) - 841.9)).toBeLessThan(1);

  // The CSV: BOM, one row per strand, ISO dates, the rule named, and it reads back.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('hazel-class-evidence-2026-09-09.csv');
  const text = readFileSync((await file.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text);
  expect(header?.slice(0, 5)).toEqual(['Framework', 'Strand', 'Taught by', 'First played', 'Last played']);
  expect(rows).toHaveLength(8 + 4 + 4);
  const csvHealth = rows.find((r) => r[1] === 'Health, well-being and lifestyle');
  expect(csvHealth).toEqual([
    'Education for a Connected World',
    'Health, well-being and lifestyle',
    'ALLOWED; CHECK; ASK',
    '2026-09-07',
    '2026-09-09',
    '2',
    '0',
    'ALLOWED: 1 of 2 secure; CHECK: 0 of 2 secure; ASK: 0 of 2 secure',
    '',
    '1',
    '0',
    'Ada L',
    '',
    'Ben K',
    'v2',
  ]);
  expect(rows.find((r) => r[1] === 'Contact')?.[8]).toBe(`${SECRET}: chosen by 1, still held by 1`);

  // On a Welsh device the report is in Welsh.
  await page.goto('/');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: 'Athrawon' }).click();
  await page.getByLabel('Cod cyfrin athro').fill(PASSCODE);
  await page.getByRole('button', { name: 'Agor', exact: true }).click();
  await page.getByRole('button', { name: /Hazel Class/ }).click();
  await page.getByRole('button', { name: 'Adroddiad tystiolaeth' }).click();
  await expect(page.getByRole('heading', { name: 'Tystiolaeth diogelwch ar-lein: Hazel Class' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Addysg ar gyfer Byd Cysylltiedig:/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Iechyd, lles a ffordd o fyw/ })).toContainText(
    '0 o 2 yn gadarn ym mhob addewid yma',
  );
  await expect(page.getByText(/gan reol dealltwriaeth v2/)).toBeVisible();
});
