/*
 * The check-back round as a child and a teacher meet it, with Playwright's clock (installed once
 * the app has loaded, as tests/e2e/records-trust.spec.ts does): ALLOWED right first time on day 1
 * is developing; on day 3 the map offers "Let's remember!", and a check-back right first time
 * makes it secure; on day 10 a check-back wrong first time needs revisiting. The promise made
 * that day is printed with each promise's level and date, as kept with the record. A child may
 * say "Not now" and play on: nothing is saved, and the teacher sees the round still waiting.
 */
import type { Page } from '@playwright/test';
import { questionsOf } from '../../src/domain/questions';
import { readPack } from '../helpers/contentFiles';
import { allowEarlyAgreement, expect, openTeacherArea, readTable, setUpClass, test } from './fixtures';
import { makeThePromise, playPromise, rightAnswers } from './play';

const read = readPack('ks1-safe');
if (!read.ok) throw new Error('ks1-safe does not load');
const pack = read.pack;
const KEYWORDS = pack.manifest.agreement.promises.map((p) => p.id.toUpperCase());
const isCheckBack = (scenarioId: unknown) => pack.scenarios.some((s) => s.id === scenarioId && s.checkBack);

async function toMap(page: Page, pupil: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: pupil }).click();
  await expect(page.getByRole('button', { name: /^1\. ALLOWED/ })).toBeVisible();
}

/** The teacher's grid: the words of one pupil's level for one promise, and their check-back cell. */
async function dashboardRow(page: Page, pupil: string) {
  await page.goto('/');
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  const row = page.getByRole('row', { name: new RegExp(pupil) });
  await expect(row).toBeVisible();
  return {
    level: async (promise: string) => {
      const column = pack.manifest.agreement.promises.findIndex((p) => p.id === promise);
      return (await row.getByRole('cell').nth(column).locator('.level-word').textContent()) ?? '';
    },
    promiseCell: (promise: string) =>
      row.getByRole('cell').nth(pack.manifest.agreement.promises.findIndex((p) => p.id === promise)),
    checkBack: row.locator('.check-back-cell'),
  };
}

/** Plays the check-back round to its end: each question right first time, or the first one wrong first. */
async function playCheckBack(page: Page, firstAnswer: 'right' | 'wrong') {
  const caption = page.getByTestId('caption');
  const next = page.locator('.actions').getByRole('button', { name: 'Next', exact: true });
  const question = page.locator('.actions [data-step]');
  let wrongGiven = firstAnswer === 'right';
  for (let guard = 0; guard < 50; guard++) {
    const done = caption.filter({ hasText: 'Well done! You remembered so much.' });
    await expect(done.or(next).or(question).first()).toBeVisible();
    if (await done.isVisible()) return;
    if (await next.isVisible()) {
      const before = await caption.textContent();
      await next.click();
      await expect(caption).not.toHaveText(before ?? '');
      continue;
    }
    const scenarioId = (await question.getAttribute('data-scenario')) ?? '';
    const stepId = (await question.getAttribute('data-step')) ?? '';
    expect(isCheckBack(scenarioId), `${scenarioId} is a check-back scenario`).toBe(true);
    if (!wrongGiven) {
      const scenario = pack.scenarios.find((s) => s.id === scenarioId);
      const wrong =
        scenario &&
        questionsOf(scenario)
          .find((q) => q.id === stepId)
          ?.choices.find((c) => !c.correct);
      await question.locator(`[data-choice="${wrong?.id}"]`).click();
      await page.getByRole('button', { name: 'Try again' }).click();
      wrongGiven = true;
      continue;
    }
    for (const id of rightAnswers('ks1-safe', scenarioId, stepId))
      await question.locator(`[data-choice="${id}"]`).click();
    await expect(page.getByRole('status').filter({ hasText: 'Well done' })).toBeVisible();
  }
  throw new Error('the check-back round did not finish');
}

const offer = (page: Page) => page.getByRole('region', { name: /^Welcome back/ });

test('day 1 developing, a check-back right on day 3 secure, a check-back wrong on day 10 needs revisiting; the promise is printed with its levels', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await setUpClass(page, ['Ben K', 'Cai L']);
  await page.clock.install({ time: new Date('2026-09-07T09:00:00') });

  // Day 1: ALLOWED right first time. No check-back on the day a promise is played.
  await toMap(page, 'Ben K');
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await playPromise(page, 'ks1-safe', 'pointer');
  await page.getByRole('button', { name: 'See my stars' }).click();
  await expect(page.getByRole('button', { name: /^1\. ALLOWED\. 3 stars/ })).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
  let row = await dashboardRow(page, 'Ben K');
  expect(await row.level('allowed')).toBe('Developing');
  await expect(row.checkBack).toHaveText('Not done yet');

  // Day 3: the map offers a check-back, spoken and captioned; played right first time, it is secure.
  await page.clock.setSystemTime(new Date('2026-09-09T09:00:00'));
  await toMap(page, 'Ben K');
  await expect(offer(page)).toBeVisible();
  await expect(page.getByTestId('caption')).toHaveText(
    'Welcome back, Ben K! Shall we remember what you learned last time? Just a question or two.',
  );
  await page.getByRole('button', { name: "Let's remember!" }).click();
  await expect(page.getByRole('heading', { name: "Let's remember!", level: 1 })).toBeVisible();
  await playCheckBack(page, 'right');
  await page.locator('.actions').getByRole('button', { name: 'Back to the map' }).click();
  await expect(page.getByRole('button', { name: /^1\. ALLOWED/ })).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
  row = await dashboardRow(page, 'Ben K');
  expect(await row.level('allowed')).toBe('Secure');
  await expect(row.promiseCell('allowed')).toContainText('9 Sept 2026');
  await expect(row.checkBack).toHaveText('Done 9 Sept 2026');
  await page.getByRole('button', { name: 'Ben K' }).click();
  await expect(page.getByText('Check-back round: last done 9 Sept 2026.')).toBeVisible();
  await expect(page.getByRole('cell', { name: /\(in a check-back round\)$/ })).toHaveCount(1);

  // Day 10: a check-back not seen before, wrong first time: needs revisiting.
  await page.clock.setSystemTime(new Date('2026-09-16T09:00:00'));
  await toMap(page, 'Ben K');
  await page.getByRole('button', { name: "Let's remember!" }).click();
  await playCheckBack(page, 'wrong');
  row = await dashboardRow(page, 'Ben K');
  expect(await row.level('allowed')).toBe('Needs revisiting');
  await expect(row.checkBack).toHaveText('Done 16 Sept 2026');

  // Each check-back answer is stored like any other, with its first-try flag.
  const answers = (
    await readTable<{ scenarioId: string; correct: boolean; firstTry: boolean; at: string }>(page, 'attempts')
  )
    .filter((a) => isCheckBack(a.scenarioId))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((a) => [a.correct, a.firstTry]);
  expect(answers).toEqual([
    [true, true],
    [false, true],
    [true, false],
  ]);

  // The promise made on day 10 keeps each promise's level and date; the printout shows them.
  await page.goto('/');
  await openTeacherArea(page);
  await allowEarlyAgreement(page);
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await toMap(page, 'Ben K');
  await makeThePromise(
    page,
    { keywords: KEYWORDS, name: 'Ben K', school: ['My teacher'], home: ['Grandma'] },
    'pointer',
  );
  const [ack] = await readTable<{ levels?: { ruleVersion: number; items: { id: string; level: string }[] } }>(
    page,
    'acknowledgements',
  );
  expect(ack?.levels?.ruleVersion).toBe(2);
  expect(ack?.levels?.items.map((i) => i.level)).toEqual([
    'needs-revisiting',
    ...KEYWORDS.slice(1).map(() => 'not-started'),
  ]);
  await page.goto('/');
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: 'Print this agreement' }).click();
  const levels = page.locator('.print-levels li');
  await expect(levels).toHaveCount(KEYWORDS.length);
  await expect(levels.first()).toHaveText(
    'ALLOWED: ↻Needs revisiting, latest evidence 16 Sept 2026 (agreed to, not yet secure when signed)',
  );
  await expect(levels.nth(1)).toHaveText('CHECK: ○Not started (agreed to, not yet secure when signed)');
  await expect(page.getByText('worked out now', { exact: false })).toHaveCount(0);
});

test('a child may say "Not now" to the check-back: the map stays, nothing is saved, the teacher sees it waiting', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await setUpClass(page, ['Ben K', 'Cai L']);
  await page.clock.install({ time: new Date('2026-09-07T09:00:00') });
  await toMap(page, 'Cai L');
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await playPromise(page, 'ks1-safe', 'pointer');
  await page.getByRole('button', { name: 'See my stars' }).click();

  await page.clock.setSystemTime(new Date('2026-09-08T09:00:00'));
  await toMap(page, 'Cai L');
  await expect(offer(page)).toBeVisible();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(offer(page)).toHaveCount(0);
  await expect(page.getByTestId('caption')).toHaveText('Hello Cai L! Choose a promise to play.');
  await expect(page.getByRole('button', { name: /^2\. CHECK/ })).toBeVisible();
  expect((await readTable<{ scenarioId: string }>(page, 'attempts')).filter((a) => isCheckBack(a.scenarioId))).toEqual(
    [],
  );
  const row = await dashboardRow(page, 'Cai L');
  await expect(row.checkBack).toHaveText('Not done yet · one is waiting on the map');
  await page.getByRole('button', { name: 'Cai L' }).click();
  await expect(page.getByText(/Check-back round: not done yet\. A check-back round is waiting/)).toBeVisible();
});
