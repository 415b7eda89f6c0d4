/*
 * Whole journeys by one switch: from the title screen on, the only input is Space, sent at the
 * moment the scan highlights the wanted thing (see `press` in play.ts).
 */
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
import { makeThePromise, playPromise, press, promisesCoveringEveryMechanic, turnOnSwitchScanning } from './play';

// The fastest speed: a practised switch user's, and it keeps the whole journey under a few minutes.
const SPEED = 'Fastest (0.5 s)';
const KS1 = ['ALLOWED', 'CHECK', 'ASK', 'THINK', 'KNOW', 'SECRETS', 'CLOTHES', 'RESPONSIBLE', 'KIND', 'TELL'];

test('a KS1 child plays every kind of question and makes the promise by single switch alone', async ({ page }) => {
  // Every mechanic by switch, then the whole ceremony (all ten promises stamped); playing all ten
  // places is the keyboard journey's job (ks1-all-promises.spec.ts), so this one stays short.
  test.setTimeout(240_000);
  const places = promisesCoveringEveryMechanic('ks1-safe');
  expect(places.length).toBeLessThan(KS1.length);
  await setUpClass(page, ['Zara Q']);
  await openTeacherArea(page);
  await allowEarlyAgreement(page);
  await turnOnSwitchScanning(page, SPEED);
  await page.getByRole('button', { name: 'Lock and leave' }).click();

  await press(page, page.getByRole('button', { name: 'Play', exact: true }), 'switch');
  await press(page, page.getByRole('button', { name: 'Zara Q' }), 'switch');
  const mechanics = new Set<string>();
  for (const { index } of places) {
    const keyword = KS1[index] as string;
    await press(page, page.getByRole('button', { name: new RegExp(`^${index + 1}\\. ${keyword}\\.`) }), 'switch');
    for (const m of await playPromise(page, 'ks1-safe', 'switch')) mechanics.add(m);
    await press(page, page.getByRole('button', { name: 'See my stars', exact: true }), 'switch');
    await expect(
      page.getByRole('button', { name: new RegExp(`^${index + 1}\\. ${keyword}\\. 3 stars`) }),
    ).toBeVisible();
  }
  expect([...mechanics].sort()).toEqual(['chat', 'choice', 'sort', 'spot', 'traffic-light']);
  await makeThePromise(page, { keywords: KS1, name: 'Zara Q', school: ['My teacher'], home: ['Grandma'] }, 'switch');
  await expect(page.locator('.promise-card.done .stamp-row li.stamped')).toHaveCount(10);
  await press(page, page.locator('.actions').getByRole('button', { name: 'Back to the map' }), 'switch');
  for (const { index } of places)
    await expect(
      page.getByRole('button', { name: new RegExp(`^${index + 1}\\. ${KS1[index]}\\. 3 stars`) }),
    ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const attempts = await readTable<{ promiseId: string; correct: boolean }>(page, 'attempts');
  expect(new Set(attempts.map((a) => a.promiseId)).size).toBe(places.length);
  expect(attempts.every((a) => a.correct)).toBe(true);
  const acks = await readTable<Record<string, unknown>>(page, 'acknowledgements');
  expect(acks).toHaveLength(1);
  expect(acks[0]).toMatchObject({
    agreementId: 'ks1-safe-online',
    itemsTicked: ['allowed', 'check', 'ask', 'think', 'know', 'secrets', 'clothes', 'responsible', 'kind', 'tell'],
    itemsToDiscuss: [],
    trustedAdults: { school: ['My teacher'], home: ['Grandma'] },
    signature: { kind: 'profile-name', name: 'Zara Q' },
  });
});

test('a KS2 pupil signs the agreement by single switch alone, with their name', async ({ page }) => {
  test.setTimeout(180_000);
  await setUpClass(page, ['Leo D'], 'Lower Key Stage 2 (Years 3-4)');
  await openTeacherArea(page);
  await allowEarlyAgreement(page);
  await turnOnSwitchScanning(page, SPEED);
  await page.getByRole('button', { name: 'Lock and leave' }).click();

  await press(page, page.getByRole('button', { name: 'Play', exact: true }), 'switch');
  await press(page, page.getByRole('button', { name: 'Leo D' }), 'switch');
  await press(page, page.getByRole('button', { name: 'Sign the agreement' }), 'switch');
  const agree = page.getByRole('radio', { name: 'I agree' });
  await expect(agree).toHaveCount(16);
  // After each tick the scan carries on at the next statement, scrolling it into view.
  for (let i = 0; i < 15; i++) await press(page, agree.nth(i), 'switch');
  const hear = page.getByRole('button', { name: 'Hear it: I am a researcher online' });
  await press(page, hear, 'switch');
  await expect(page.getByTestId('caption')).toContainText('I use safer search tools');
  await press(page, agree.nth(15), 'switch');
  await expect(agree.nth(15)).toBeInViewport();
  await expect(page.getByText('Every statement is answered.')).toBeVisible();

  await press(page, page.getByRole('button', { name: 'My teacher' }), 'switch');
  await press(page, page.getByRole('button', { name: 'Grandma' }), 'switch');
  // A switch cannot draw or type: the name from the class list is the signature.
  const byName = page.getByRole('button', { name: 'Sign with my name' });
  await press(page, byName, 'switch');
  await expect(byName).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('img', { name: /Sign here/ })).toBeHidden();
  expect(await axeViolations(page, 'signing by switch')).toEqual([]);
  const sign = page.getByRole('button', { name: 'Sign the agreement' });
  await press(page, sign, 'switch');
  await expect(page.getByRole('heading', { name: 'Certificate' })).toBeVisible();
  await expect(page.locator('.certificate-typed')).toHaveText('Leo D');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const acks = await readTable<Record<string, unknown>>(page, 'acknowledgements');
  expect(acks).toHaveLength(1);
  expect(acks[0]).toMatchObject({
    agreementId: 'ks2-i-am-agreement',
    itemsToDiscuss: [],
    trustedAdults: { school: ['My teacher'], home: ['Grandma'] },
    signature: { kind: 'profile-name', name: 'Leo D' },
  });
  expect(acks[0]?.itemsTicked).toHaveLength(16);

  // The teacher can still type with scanning on (the scan waits while a text box has focus,
  // here across several ticks), and reads how the pupil signed.
  await page.getByRole('button', { name: 'Teachers' }).click();
  await page.getByLabel('Teacher passcode').click();
  await page.getByLabel('Teacher passcode').pressSequentially(PASSCODE, { delay: 120 });
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await page.getByRole('button', { name: 'Print agreements for the class' }).click();
  await expect(
    page.getByText('Name from the class list, chosen with one press (not drawn or typed): Leo D'),
  ).toBeVisible();
});
