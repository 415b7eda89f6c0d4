/*
 * axe (WCAG 2.2 A and AA rules) on every kind of DOM screen. The KS2 journey in
 * ks2-signing.spec.ts checks the pickers, map, each mechanic's question, feedback, signing, the
 * certificate, the dashboard, a pupil's page and the printout as it walks them; here are the rest.
 */
import type { Page } from '@playwright/test';
import { allowEarlyAgreement, axeViolations, expect, openTeacherArea, PASSCODE, setUpClass, test } from './fixtures';

async function axe(page: Page, screen: string) {
  expect(await axeViolations(page, screen), `axe on ${screen}`).toEqual([]);
}

test('the KS1 ceremony and the Welsh title screen have no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpClass(page, ['Zara Q']);
  await openTeacherArea(page);
  await allowEarlyAgreement(page);
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Zara Q' }).click();
  await page.getByRole('button', { name: 'My promise' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await axe(page, 'ceremony promise');
  for (let i = 0; i < 10; i++) await page.getByRole('button', { name: 'Stamp it!' }).click();
  await axe(page, 'ceremony adults');
  await page.goto('/');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await axe(page, 'title in Welsh');
});

test('the title, set-up, unlock, teacher home, wording, workshop, family, privacy and problem screens have no axe violations', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await axe(page, 'title');
  await page.getByRole('button', { name: 'Teachers' }).click();
  await expect(page.getByLabel('Teacher passcode')).toBeVisible();
  await axe(page, 'set-up');
  await page.goto('/');
  await setUpClass(page, ['Ava S']);
  await page.getByRole('button', { name: 'Teachers' }).click();
  await axe(page, 'unlock');
  await page.getByLabel('Teacher passcode').fill(PASSCODE);
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByText('Add another class').click();
  await page.getByLabel('Class name').fill('Oak Class');
  await page.getByRole('textbox', { name: 'Pupils' }).fill('Cai M');
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { name: 'Oak Class' })).toBeVisible();
  await page.getByText('Trusted adults at school (0)').first().click();
  await page.getByText('Back up and bring devices together').click();
  await axe(page, 'teacher home');
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: /Oak Class/ })).toBeVisible();
  await axe(page, 'class picker');

  await page.goto('/');
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Edit wording: SAFE online' }).click();
  await axe(page, 'wording editor');
  await page.goto('/');
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Workshop night: show the QR code' }).click();
  await expect(page.getByRole('img', { name: /QR/ })).toBeVisible();
  await axe(page, 'workshop');

  await page.goto('/');
  await page.getByRole('button', { name: 'Play at home' }).click();
  await axe(page, 'play at home');
  await page.getByRole('button', { name: 'Talk about it at home: SAFE online (ages 5-7)' }).click();
  await axe(page, 'talk-about-it cards');
  await page.getByRole('button', { name: /Back to play at home/ }).click();
  await page.getByRole('button', { name: "The parents' and carers' agreement" }).click();
  await axe(page, "parents' agreement");
  await page.getByRole('button', { name: /Back to play at home/ }).click();
  await page.getByRole('button', { name: 'Privacy' }).click();
  await axe(page, 'privacy notice');

  // A browser that refuses storage: the problem screen.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await axe(page, 'problem');
});

test('the axe check itself finds a button with no name, so a clean screen means something', async ({ page }) => {
  await page.goto('/');
  // Once the app has taken the title over (it would put the title's own markup back while loading).
  await page.waitForFunction(() => (window as unknown as { __titleLive?: boolean }).__titleLive === true);
  expect(await axeViolations(page, 'title')).toEqual([]);
  await page.evaluate(() => document.body.append(document.createElement('button')));
  expect(await axeViolations(page, 'title')).toEqual([expect.stringMatching(/^title: button-name \(1\) /)]);
});
