import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/domain/csv';
import {
  allowEarlyAgreement,
  axeViolations,
  expect,
  openTeacherArea,
  PASSCODE,
  readTable,
  setUpClass,
  test,
} from './fixtures';

// Markup a child's name or a school's wording could carry by accident or on purpose.
const NAME = '<img src=x onerror=alert(1)> Q';
const BOLD = '<b>Bo</b> K';
const STATEMENT = 'I will be kind online <script>alert(2)</script><img src=y onerror=alert(3)>';

test('names and school wording with markup are shown as plain text in the game, the teacher area, the CSV and the printout', async ({
  page,
}) => {
  test.setTimeout(120_000);
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  const injected = () => page.locator('#screen img[src="x"], #screen img[src="y"], #screen b, #screen script');

  // A pasted class list keeps letters only; a name typed on a pupil's page keeps every character.
  await setUpClass(page, [BOLD, 'Bo K']);
  await openTeacherArea(page);
  await allowEarlyAgreement(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await page.getByRole('button', { name: 'Bo K', exact: true }).click();
  await page.getByText('Change name or class').click();
  await page.getByLabel('Name', { exact: true }).fill(NAME);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.goto('/');
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Edit wording: SAFE online' }).click();
  await page.getByLabel(/Or paste your school’s list/).fill(`KIND – ${STATEMENT}`);
  await page.getByRole('button', { name: 'Use this list' }).click();
  await page.locator('.wording-item').nth(0).getByRole('checkbox', { name: 'KIND' }).check();
  await page.getByRole('button', { name: 'Publish this wording' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published as version 1.' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock and leave' }).click();

  // The child's side: the picker and the ceremony show the characters, not elements.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: NAME })).toBeVisible();
  await expect(page.getByRole('button', { name: 'b K' })).toBeVisible();
  await expect(injected()).toHaveCount(0);
  await page.getByRole('button', { name: NAME }).click();
  await page.getByRole('button', { name: 'My promise' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.promise-words')).toHaveText(STATEMENT);
  await expect(injected()).toHaveCount(0);
  await page.getByRole('button', { name: 'Stamp it!' }).click();
  await page.getByRole('button', { name: 'My teacher' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Mum' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('caption')).toHaveText(`My name is ${NAME}.`);
  await page.getByRole('button', { name: 'I promise!' }).click();
  await expect(page.getByTestId('caption')).toContainText(`Well done, ${NAME}!`);
  const [ack] = await readTable<{ wording: string[] }>(page, 'acknowledgements');
  expect(ack?.wording).toContain(STATEMENT);

  // The teacher's side: the dashboard, the CSV and the printout.
  await page.goto('/');
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await expect(page.getByRole('row', { name: new RegExp(NAME.replace(/[()]/g, '\\$&')) })).toBeVisible();
  await expect(injected()).toHaveCount(0);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download class summary (CSV)' }).click(),
  ]);
  const rows = parseCsv(readFileSync(await file.path(), 'utf8'));
  expect(rows.map((r) => r[0])).toContain(NAME);
  await page.getByRole('button', { name: 'Print agreements for the class' }).click();
  await expect(page.getByText(STATEMENT)).toBeVisible();
  await expect(page.getByText(NAME).first()).toBeVisible();
  await expect(injected()).toHaveCount(0);
  // The page's own first-paint script and words (allowed by hash) are the only inline ones.
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src]):not([data-first-paint])').length)).toBe(
    0,
  );
});

test('the teacher area stays shut to pupils: Back, a reload and the keyboard all lead to the passcode', async ({
  page,
}) => {
  await setUpClass(page, ['Ava S']);
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await expect(page.getByRole('heading', { name: 'Hazel Class' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  // The app keeps no teacher pages in the browser's history or address.
  // Back leaves the app (there is no teacher page to go back to); Forward starts it afresh.
  await page.goBack();
  expect(page.url()).not.toContain('127.0.0.1');
  await page.goForward();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hazel Class' })).toBeHidden();
  await page.goto('/#teacher');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeHidden();

  // By keyboard, the door asks for the passcode; pressing on with it empty opens nothing.
  await page.getByRole('button', { name: 'Teachers' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Teacher passcode')).toBeVisible();
  await page.getByLabel('Teacher passcode').press('Enter');
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Hazel Class' })).toBeHidden();
});

test('the privacy notice is in the app: for children first, then what is kept, where, how long and how to delete it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { name: 'Privacy: what this app keeps', level: 1 })).toBeVisible();
  await expect(
    page.getByText(/For children: your name, your animal picture and your answers stay on this tablet/),
  ).toBeVisible();
  for (const heading of [
    'What is kept',
    'Where it is kept, and who sees it',
    'How long it is kept',
    'How to delete it',
    'Backups',
    'Playing at home',
    'Who is responsible',
    'Credits',
  ])
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  await expect(page.getByText(/no server, account, advert, analytics or cookie/)).toBeVisible();
  // Who made the pictures and fonts, and their licences, for anyone, not only behind the passcode.
  await expect(page.getByText('Pictures: Microsoft Fluent Emoji (MIT licence).')).toBeVisible();
  expect(await axeViolations(page, 'privacy notice')).toEqual([]);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  // From the grown-ups' pages too, in Welsh.
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: /Chwarae gartref/ }).click();
  await page.getByRole('button', { name: 'Preifatrwydd' }).click();
  await expect(
    page.getByRole('heading', { name: "Preifatrwydd: beth mae'r ap hwn yn ei gadw", level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Yn ôl', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Preifatrwydd' })).toBeVisible();
});

test('the teacher area links to the privacy notice, with the school contact; coming back asks for the passcode', async ({
  page,
}) => {
  await setUpClass(page, ['Ava S']);
  await openTeacherArea(page);
  await page.getByText('Settings for this device').click();
  await page.getByLabel(/The school’s contact for parents/).fill('Mrs Price, office@example.sch.uk');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Privacy', exact: true }).click();
  await expect(page.getByText("The school's contact: Mrs Price, office@example.sch.uk")).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  // A page meant for others locks the teacher area behind it (the notice may be shown to parents).
  await expect(page.getByLabel('Teacher passcode')).toBeVisible();
  await page.getByLabel('Teacher passcode').fill(PASSCODE);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
});
