import { expect, readTable, setUpClass, test } from './fixtures';

const PROMISES = ['ALLOWED', 'CHECK', 'ASK', 'THINK', 'KNOW', 'SECRETS', 'CLOTHES', 'RESPONSIBLE', 'KIND', 'TELL'];

test('a child plays every SAFE promise by keyboard alone, through every mechanic', async ({ page }) => {
  test.setTimeout(240_000);
  await setUpClass(page, ['Zara Q']);
  await page.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Zara Q' }).focus();
  await page.keyboard.press('Enter');
  const mechanicsSeen = new Set<string>();

  for (const [index, keyword] of PROMISES.entries()) {
    await page.getByRole('button', { name: new RegExp(`^${index + 1}\\. ${keyword}\\.`) }).focus();
    await page.keyboard.press('Enter');
    for (let guard = 0; guard < 200; guard++) {
      const seeStars = page.getByRole('button', { name: 'See my stars' });
      if (await seeStars.isVisible()) break;
      const next = page.getByRole('button', { name: 'Next' });
      const tryAgain = page.getByRole('button', { name: 'Try again' });
      const choices = page.locator('.actions .choice-card:not([disabled])');
      await expect(next.or(tryAgain).or(seeStars).or(choices).first()).toBeVisible();
      if (await next.isVisible()) await next.focus();
      else if (await tryAgain.isVisible()) await tryAgain.focus();
      else if (await choices.count()) {
        for (const m of ['lamp', 'bin', 'hotspot']) if (await page.locator(`.actions .${m}`).count()) mechanicsSeen.add(m);
        if (await page.locator('.actions .chat').count()) mechanicsSeen.add('chat');
        // Try each choice in turn: a wrong one gives "Try again", which brings the same question back.
        const tried = await page.evaluate(() => Number(sessionStorage.getItem('tried') ?? '0'));
        const count = await choices.count();
        await choices.nth(tried % count).focus();
        await page.evaluate((t) => sessionStorage.setItem('tried', String(t + 1)), tried);
      } else continue;
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('caption')).toContainText(`You finished ${keyword}!`);
    await page.getByRole('button', { name: 'See my stars' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: new RegExp(`^${index + 1}\\. ${keyword}\\. 3 stars`) })).toBeVisible();
  }
  expect([...mechanicsSeen].sort()).toEqual(['bin', 'chat', 'hotspot', 'lamp']);
  const attempts = await readTable<{ promiseId: string }>(page, 'attempts');
  expect(new Set(attempts.map((a) => a.promiseId)).size).toBe(10);
});
