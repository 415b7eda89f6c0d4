import type { Page } from '@playwright/test';
import { MECHANICS } from '../../src/domain/lessonPack';
import { allowEarlyAgreement, axeViolations, expect, openTeacherArea, readTable, setUpClass, test } from './fixtures';
import { playPromise, promisesCoveringEveryMechanic } from './play';

const LKS2 = 'Lower Key Stage 2 (Years 3-4)';

/** Lets pupils sign before playing every statement, as a teacher may choose. */
async function allowEarlySigning(page: Page) {
  await openTeacherArea(page);
  await allowEarlyAgreement(page);
  await page.getByRole('button', { name: 'Lock and leave' }).click();
}

// The journey is also the accessibility walk: axe (WCAG 2.2 A and AA) on every kind of screen
// it meets, the pickers, the map, each mechanic's question, signing, the certificate and the
// teacher's pages that show the result (tests/e2e/accessibility.spec.ts has the others).
test('a KS2 pupil meets every mechanic, then signs by drawing; the record survives a reload; every screen passes axe', async ({
  page,
}) => {
  test.setTimeout(360_000);
  const checked: string[] = [];
  const axe = async (screen: string) => {
    checked.push(screen);
    expect(await axeViolations(page, screen), `axe on ${screen}`).toEqual([]);
  };
  await setUpClass(page, ['Priya S', 'Tomos W'], LKS2);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await axe('pupil picker');
  await page.getByRole('button', { name: 'Priya S' }).click();
  await expect(page.getByRole('heading', { name: 'I am… online' })).toBeVisible();
  await axe('map');
  const met = new Set<string>();
  for (const { index } of promisesCoveringEveryMechanic('ks2-i-am', 'LKS2')) {
    await page.getByRole('button', { name: new RegExp(`^${index + 1}\\. `) }).click();
    const played = await playPromise(page, 'ks2-i-am', 'pointer', async (mechanic) => {
      if (!met.has(mechanic)) await axe(`mechanic ${mechanic}`);
      met.add(mechanic);
    });
    for (const m of played) met.add(m);
    if (!checked.includes('promise done')) await axe('promise done');
    await page.getByRole('button', { name: 'See my stars' }).click();
  }
  expect([...met].sort()).toEqual([...MECHANICS].sort());
  await page.getByRole('button', { name: 'Tell a grown-up' }).click();
  await axe('tell a grown-up');
  await page.getByRole('button', { name: 'Back to the game' }).click();

  // Not every statement is played yet, so signing waits…
  await expect(page.getByRole('button', { name: /^Sign the agreement\. Play every place/ })).toBeVisible();
  await page.goto('/');
  await allowEarlySigning(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Priya S' }).click();
  await page.getByRole('button', { name: 'Sign the agreement' }).click();

  // Signing is refused, with a clear message, until every statement is answered.
  const sign = page.getByRole('button', { name: 'Sign the agreement' });
  await axe('signing');
  await sign.click();
  await expect(page.getByRole('alert')).toContainText('16 still to do');
  const agree = page.getByRole('radio', { name: 'I agree' });
  await expect(agree).toHaveCount(16);
  for (let i = 0; i < 15; i++) await agree.nth(i).check();
  await page.getByRole('radio', { name: 'Talk to my teacher first' }).nth(15).check();
  await expect(page.getByText('Every statement is answered.')).toBeVisible();
  await page.getByRole('button', { name: 'Hear it: I am a researcher online' }).click();
  await expect(page.getByTestId('caption')).toContainText('I use safer search tools');

  await sign.click();
  await expect(page.getByRole('alert')).toHaveText('Please choose at least one trusted adult.');
  await page.getByRole('button', { name: 'My teacher' }).click();
  await page.getByRole('button', { name: 'Mum' }).click();
  await page.getByLabel('Someone else I trust (optional)').fill('Auntie Sam');
  await sign.click();
  await expect(page.getByRole('alert')).toHaveText('Please sign: draw in the box, or type your name.');

  const pad = page.getByRole('img', { name: /Sign here/ });
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await page.mouse.down();
  for (let x = 60; x < 300; x += 20)
    await page.mouse.move(box.x + x, box.y + box.height / 2 + ((x / 20) % 2 ? 25 : -25));
  await page.mouse.up();
  await sign.click();

  await expect(page.getByRole('heading', { name: 'Certificate' })).toBeVisible();
  await expect(page.getByText('I am a SMART online learner', { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Signed by Priya S on/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print my certificate' })).toBeVisible();
  await axe('certificate');

  await page.reload();
  const [ack] = await readTable<Record<string, unknown>>(page, 'acknowledgements');
  expect(ack).toMatchObject({
    agreementId: 'ks2-i-am-agreement',
    language: 'en-GB',
    itemsToDiscuss: ['researcher'],
    trustedAdults: { school: ['My teacher'], home: ['Mum', 'Auntie Sam'] },
    signature: { kind: 'strokes' },
  });
  expect(ack?.itemsTicked).toHaveLength(15);
  expect(ack?.wording).toHaveLength(18);
  expect((ack?.wording as string[] | undefined)?.[2]).toBe(
    'I am a secure online learner – I keep my passwords to myself and reset them if anyone finds them out.',
  );
  expect(ack?.agreementVersion).toMatch(/^1\.1\.0\+[0-9a-f]{8}$/);

  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await axe('class dashboard');
  await page.getByRole('button', { name: 'Priya S' }).click();
  await axe('pupil page');
  await page.getByRole('button', { name: 'Print this agreement' }).click();
  await axe('print');
  // Beside each statement, what Priya had shown when she signed (kept with the record): the
  // statements she played in one sitting have a level and that day's date, not "secure"; the
  // others are not started, and those she ticked are listed as agreed before secure.
  await expect(
    page.getByRole('heading', { name: 'Understanding shown by the time of signing (understanding rule 2)' }),
  ).toBeVisible();
  const levels = page.locator('.print-levels li');
  await expect(levels).toHaveCount(16);
  const played = promisesCoveringEveryMechanic('ks2-i-am', 'LKS2').length;
  await expect(levels.filter({ hasText: 'Not started' })).toHaveCount(16 - played);
  await expect(levels.filter({ hasText: /Started|Developing/ })).toHaveCount(played);
  await expect(levels.locator('.level-word', { hasText: /^Secure$/ })).toHaveCount(0);
  const today = new Date().toLocaleDateString('en-GB', { dateStyle: 'medium' });
  await expect(levels.filter({ hasText: /Started|Developing/ }).first()).toContainText(today);
  await expect(levels.filter({ hasText: 'not yet secure when signed' })).toHaveCount(15);
  expect(checked.length).toBeGreaterThanOrEqual(16);
});

test('a KS2 pupil signs by keyboard alone, typing their name', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpClass(page, ['Leo D'], LKS2);
  await allowEarlySigning(page);
  const key = async (target: ReturnType<Page['getByRole']>, k = 'Enter') => {
    await target.focus();
    await page.keyboard.press(k);
  };
  await key(page.getByRole('button', { name: 'Play', exact: true }));
  await key(page.getByRole('button', { name: 'Leo D' }));
  await key(page.getByRole('button', { name: 'Sign the agreement' }));
  // Beside each statement, what Leo has shown of it so far (nothing yet): it never stops signing.
  await expect(page.locator('.statement-level')).toHaveCount(16);
  await expect(page.locator('.statement-level').first()).toHaveText('What you have shown so far: Not started');
  const agree = page.getByRole('radio', { name: 'I agree' });
  await expect(agree).toHaveCount(16);
  for (let i = 0; i < 16; i++) await key(agree.nth(i), 'Space');
  await expect(page.getByText('Every statement is answered.')).toBeVisible();
  await key(page.getByRole('button', { name: 'Grandma' }));
  await key(page.getByRole('button', { name: 'Type my name instead' }));
  await expect(page.getByLabel('Type your name to sign')).toBeFocused();
  await page.keyboard.type('Leo D');
  await key(page.getByRole('button', { name: 'Sign the agreement' }));
  await expect(page.getByRole('heading', { name: 'Certificate' })).toBeVisible();
  await expect(page.locator('.certificate-typed')).toHaveText('Leo D');

  await page.reload();
  const acks = await readTable<Record<string, unknown>>(page, 'acknowledgements');
  expect(acks).toHaveLength(1);
  expect(acks[0]).toMatchObject({ signature: { kind: 'typed', name: 'Leo D' }, itemsToDiscuss: [] });
  expect(acks[0]?.itemsTicked).toHaveLength(16);
});
