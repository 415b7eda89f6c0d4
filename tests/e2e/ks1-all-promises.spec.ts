import type { Page } from '@playwright/test';
import { expect, readTable, setUpClass, test } from './fixtures';
import { makeThePromise, playPromise } from './play';

const PROMISES = ['ALLOWED', 'CHECK', 'ASK', 'THINK', 'KNOW', 'SECRETS', 'CLOTHES', 'RESPONSIBLE', 'KIND', 'TELL'];
/** All ten, in order, as a child would play them. */
const PLAYED = PROMISES;
/**
 * Played without the answer key, each choice tried in turn (wrong ones give "Try again"), as a
 * child finding their way by keyboard would; the rest right first time, from the pack's key.
 */
const BY_TRYING = new Set(['ALLOWED', 'KNOW', 'TELL']);
/** How each mechanic's answers look on screen (a choice is plain cards). */
const MECHANIC_CLASSES = ['lamp', 'bin', 'hotspot', 'chat'];

/** Plays the open promise to its end by trying each choice in turn; notes the mechanics met. */
async function playByTryingEachChoice(page: Page, mechanicsSeen: Set<string>): Promise<void> {
  let tried = 0;
  for (let guard = 0; guard < 300; guard++) {
    const seeStars = page.getByRole('button', { name: 'See my stars', exact: true });
    if (await seeStars.isVisible()) break;
    const next = page.getByRole('button', { name: 'Next', exact: true });
    const tryAgain = page.getByRole('button', { name: 'Try again', exact: true });
    const choices = page.locator('.actions .choice-card:not([disabled])');
    await expect(next.or(tryAgain).or(seeStars).or(choices).first()).toBeVisible();
    // Screens re-render as the child moves on: a control seen a moment ago may be gone, so
    // a focus that finds nothing just looks again.
    const focus = (target: typeof next) =>
      target.focus({ timeout: 2000 }).then(
        () => true,
        () => false,
      );
    // A Next or Try again that was pressed stays on screen while the next screen is saved and
    // drawn: wait for it to go before looking again, or the next Enter lands on whatever the
    // new screen focused (on a slow run, "See my stars", carrying the child past the end).
    const pressAndWaitGone = async (target: typeof next) => {
      const pressed = await target.elementHandle({ timeout: 2000 }).catch(() => null);
      if (!pressed || !(await focus(target))) return;
      await page.keyboard.press('Enter');
      await pressed.waitForElementState('hidden', { timeout: 10_000 });
    };
    if (await next.isVisible()) {
      await pressAndWaitGone(next);
      tried = 0;
      continue;
    } else if (await tryAgain.isVisible()) {
      await pressAndWaitGone(tryAgain);
      continue;
    } else if (await choices.count()) {
      for (const m of MECHANIC_CLASSES) if (await page.locator(`.actions .${m}`).count()) mechanicsSeen.add(m);
      // Try each choice in turn: a wrong one gives "Try again", which brings the same question back.
      // The view may re-render between counting and focusing: then just look again.
      const focused = await choices
        .nth(tried % (await choices.count()))
        .focus({ timeout: 2000 })
        .then(
          () => true,
          () => false,
        );
      if (!focused) continue;
      tried++;
    } else {
      await page.waitForTimeout(50);
      continue;
    }
    await page.keyboard.press('Enter');
  }
}

test('a child plays all ten SAFE promises and makes the promise ceremony, by keyboard alone', async ({ page }) => {
  test.setTimeout(240_000);
  await setUpClass(page, ['Zara Q']);
  await page.getByRole('button', { name: 'Play', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Zara Q' }).focus();
  await page.keyboard.press('Enter');
  const mechanicsSeen = new Set<string>();
  // The ceremony waits at the end of the journey until every promise has been played.
  await expect(page.getByRole('button', { name: /^My promise\. Play every place/ })).toBeVisible();

  for (const keyword of PLAYED) {
    const index = PROMISES.indexOf(keyword);
    // The map may still be settling (focus moves to its heading when it appears): if the
    // promise has not opened, and its place is still there, press it again.
    const place = page.getByRole('button', { name: new RegExp(`^${index + 1}\\. ${keyword}\\.`) });
    const opened = page.getByRole('heading', { name: keyword, level: 1 });
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await opened.isVisible()) break;
      if (!(await place.isVisible())) {
        await opened.waitFor({ timeout: 10_000 });
        break;
      }
      await place.focus();
      await page.keyboard.press('Enter');
      await opened.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    await expect(opened).toBeVisible();
    if (BY_TRYING.has(keyword)) await playByTryingEachChoice(page, mechanicsSeen);
    else
      await playPromise(page, 'ks1-safe', 'keyboard', async () => {
        for (const m of MECHANIC_CLASSES) if (await page.locator(`.actions .${m}`).count()) mechanicsSeen.add(m);
      });
    await expect(page.getByTestId('caption')).toContainText(`You finished ${keyword}!`);
    await page.getByRole('button', { name: 'See my stars', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('button', { name: new RegExp(`^${index + 1}\\. ${keyword}\\. 3 stars`) }),
    ).toBeVisible();
  }
  expect([...mechanicsSeen].sort()).toEqual(['bin', 'chat', 'hotspot', 'lamp']);
  const attempts = await readTable<{ promiseId: string }>(page, 'attempts');
  expect(new Set(attempts.map((a) => a.promiseId)).size).toBe(PLAYED.length);

  // The promise ceremony: every promise shown, heard and stamped; trusted adults; my name.
  await makeThePromise(
    page,
    { keywords: PROMISES, name: 'Zara Q', school: ['My teacher'], home: ['Grandma', 'Big brother or sister'] },
    'keyboard',
  );

  await page.reload();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const [ack] = await readTable<Record<string, unknown>>(page, 'acknowledgements');
  expect(ack).toMatchObject({
    agreementId: 'ks1-safe-online',
    language: 'en-GB',
    itemsTicked: ['allowed', 'check', 'ask', 'think', 'know', 'secrets', 'clothes', 'responsible', 'kind', 'tell'],
    trustedAdults: { school: ['My teacher'], home: ['Grandma', 'Big brother or sister'] },
    signature: { kind: 'profile-name', name: 'Zara Q' },
    clockWarning: false,
  });
  expect(ack?.wordingHash).toMatch(/^[0-9a-f]{64}$/);
  expect(ack?.agreementVersion).toMatch(/^1\.1\.0\+[0-9a-f]{8}$/);
  expect((ack?.wording as string[] | undefined)?.at(-1)).toBe(
    "I TELL a trusted adult if I'm worried, scared or just not sure",
  );
});
