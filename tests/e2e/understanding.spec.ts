/*
 * Understanding rule v2 as a teacher meets it, with Playwright's clock: right first time on day 1
 * is developing, coming back on day 3 makes it secure, a wrong first try on day 10 needs
 * revisiting; a child who keeps the stranger's secret twice shows a misconception in words.
 * The later days are played here as a replay of the same place (it is the later day, not the
 * screen, that the rule asks for); tests/e2e/checkback.spec.ts plays them as check-back rounds.
 */
import type { Page } from '@playwright/test';
import { questionsOf } from '../../src/domain/questions';
import { readPack } from '../helpers/contentFiles';
import { expect, openTeacherArea, setUpClass, test } from './fixtures';
import { playPromise } from './play';

const read = readPack('ks1-safe');
if (!read.ok) throw new Error('ks1-safe does not load');
const pack = read.pack;
const choicesOf = (scenarioId: string, stepId: string) => {
  const scenario = pack.scenarios.find((s) => s.id === scenarioId);
  return (scenario && questionsOf(scenario).find((q) => q.id === stepId)?.choices) ?? [];
};

/** Answers the question on screen with `choiceId`, then takes "Try again". */
async function answerWrong(page: Page, choiceId: string) {
  await page.locator(`.actions [data-step] [data-choice="${choiceId}"]`).click();
  await page.getByRole('button', { name: 'Try again' }).click();
}

async function levelOf(page: Page, pupil: string, promise: string): Promise<string> {
  await page.goto('/');
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  const column = pack.manifest.agreement.promises.findIndex((p) => p.id === promise);
  const cell = page
    .getByRole('row', { name: new RegExp(pupil) })
    .getByRole('cell')
    .nth(column);
  await expect(cell).toBeVisible();
  return (await cell.locator('.level-word').textContent()) ?? '';
}

async function play(page: Page, pupil: string, place: RegExp, onQuestion?: () => Promise<void>) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: pupil }).click();
  await page.getByRole('button', { name: place }).click();
  await playPromise(page, 'ks1-safe', 'pointer', onQuestion);
  await page.getByRole('button', { name: 'See my stars' }).click();
}

test('right first time on day 1 is developing, a later day makes it secure, a wrong check-back needs revisiting', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.clock.install({ time: new Date('2026-09-07T09:00:00') });
  await setUpClass(page, ['Ben K', 'Cai L'], undefined, { fresh: true });
  await play(page, 'Ben K', /^1\. ALLOWED/);
  expect(await levelOf(page, 'Ben K', 'allowed')).toBe('Developing');

  await page.clock.setSystemTime(new Date('2026-09-09T09:00:00'));
  // The same level on another day: each cell keeps its own day's date (the grid makes each
  // level-and-day badge once and copies it).
  await play(page, 'Cai L', /^1\. ALLOWED/);
  expect(await levelOf(page, 'Cai L', 'allowed')).toBe('Developing');
  const allowedCell = (name: string) => page.getByRole('row', { name }).getByRole('cell').first();
  await expect(allowedCell('Ben K')).toContainText('7 Sept 2026');
  await expect(allowedCell('Cai L')).toContainText('9 Sept 2026');
  await play(page, 'Ben K', /^1\. ALLOWED/);
  expect(await levelOf(page, 'Ben K', 'allowed')).toBe('Secure');
  await expect(page.getByRole('row', { name: /Ben K/ }).getByRole('cell').first()).toContainText('9 Sept 2026');

  await page.clock.setSystemTime(new Date('2026-09-16T09:00:00'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  const question = page.locator('.actions [data-step]');
  for (let i = 0; i < 10 && !(await question.isVisible()); i++) {
    await expect(page.getByRole('button', { name: 'Next' }).or(question).first()).toBeVisible();
    if (await question.isVisible()) break;
    await page.getByRole('button', { name: 'Next' }).click();
  }
  const wrong = choicesOf(
    (await question.getAttribute('data-scenario')) ?? '',
    (await question.getAttribute('data-step')) ?? '',
  ).find((c) => !c.correct);
  await answerWrong(page, wrong?.id ?? '');
  // Back to the map, as a child stopping there would (a reload would resume the scenario).
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await expect(page.getByRole('button', { name: /^1\. ALLOWED/ })).toBeVisible();
  expect(await levelOf(page, 'Ben K', 'allowed')).toBe('Needs revisiting');
});

test('a child who keeps the stranger’s secret twice shows a misconception, in words, in What to reteach', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await setUpClass(page, ['Ben K', 'Cai L']);
  const question = page.locator('.actions [data-step]');
  let kept = 0;
  await play(page, 'Cai L', /^6\. SECRETS/, async () => {
    const secret = choicesOf(
      (await question.getAttribute('data-scenario')) ?? '',
      (await question.getAttribute('data-step')) ?? '',
    ).find((c) => c.misconception === 'secret-is-fine');
    if (!secret) return;
    kept++;
    await answerWrong(page, secret.id);
  });
  expect(kept).toBeGreaterThanOrEqual(2);
  expect(await levelOf(page, 'Cai L', 'secrets')).toBe('Misconception');
  await expect(page.getByRole('heading', { name: 'Wrong beliefs pupils hold' })).toBeVisible();
  const belief = page.locator('.misconceptions li').first();
  await expect(belief).toContainText('Thinks it is fine to keep a secret because someone online asked them to');
  await expect(belief).toContainText('1 pupil: Cai L');
  // The pupil page says the same, beside the answers behind it.
  await page.getByRole('button', { name: 'Cai L' }).click();
  const secrets = page.locator('.promise-evidence', { has: page.getByRole('heading', { name: /SECRETS/ }) });
  await expect(secrets.getByRole('heading')).toContainText('Misconception');
  await expect(secrets).toContainText(
    'Wrong belief: Thinks it is fine to keep a secret because someone online asked them to',
  );
});
