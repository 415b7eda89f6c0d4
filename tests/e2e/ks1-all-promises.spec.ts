import { expect, readTable, setUpClass, test } from './fixtures';

const PROMISES = ['ALLOWED', 'CHECK', 'ASK', 'THINK', 'KNOW', 'SECRETS', 'CLOTHES', 'RESPONSIBLE', 'KIND', 'TELL'];
/** All ten, in order, as a child would play them. */
const PLAYED = PROMISES;

test('a child plays all ten SAFE promises by keyboard alone, through every mechanic', async ({ page }) => {
  test.setTimeout(240_000);
  await setUpClass(page, ['Zara Q']);
  await page.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Zara Q' }).focus();
  await page.keyboard.press('Enter');
  const mechanicsSeen = new Set<string>();

  for (const keyword of PLAYED) {
    const index = PROMISES.indexOf(keyword);
    await page.getByRole('button', { name: new RegExp(`^${index + 1}\\. ${keyword}\\.`) }).focus();
    await page.keyboard.press('Enter');
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
      if (await next.isVisible()) {
        if (!(await focus(next))) continue;
        tried = 0;
      } else if (await tryAgain.isVisible()) {
        if (!(await focus(tryAgain))) continue;
      } else if (await choices.count()) {
        for (const m of ['lamp', 'bin', 'hotspot'])
          if (await page.locator(`.actions .${m}`).count()) mechanicsSeen.add(m);
        if (await page.locator('.actions .chat').count()) mechanicsSeen.add('chat');
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
      if (process.env.DEBUG_PLAY)
        console.log(keyword, guard, tried, await page.evaluate(() => document.activeElement?.textContent));
      await page.keyboard.press('Enter');
    }
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
});
