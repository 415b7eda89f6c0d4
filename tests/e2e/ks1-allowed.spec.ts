import { expect, readTable, setUpClass, test } from './fixtures';

test.describe('a KS1 child plays the ALLOWED promise', () => {
  test('finds themselves by picture, answers, and gets gentle feedback and another go', async ({ page }) => {
    await setUpClass(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Ben K' }).click();
    await expect(page.getByTestId('caption')).toHaveText('Hello Ben K! Choose a promise to play.');
    await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();

    await expect(page.getByTestId('caption')).toContainText("Mia sees Dad's tablet on the sofa");
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByTestId('caption')).toHaveText('What should Mia do?');

    // A wrong answer: saved first, then gentle words and another go.
    await page.getByRole('button', { name: 'Just play on it' }).click();
    await expect(page.getByRole('status').filter({ hasText: "Let's think again." })).toBeVisible();
    await expect(page.getByTestId('caption')).toContainText("Not quite. It is Dad's tablet and he hasn't said yes");
    const attempts = await readTable<{ choiceId: string; correct: boolean; firstTry: boolean }>(page, 'attempts');
    expect(attempts).toEqual([expect.objectContaining({ choiceId: 'just-play', correct: false, firstTry: true })]);
    await page.getByRole('button', { name: 'Try again' }).click();

    await page.getByRole('button', { name: 'Ask Dad first' }).click();
    await expect(page.getByTestId('caption')).toContainText("Yes! It is Dad's tablet");
    const after = await readTable<{ choiceId: string; firstTry: boolean }>(page, 'attempts');
    expect(after.find((a) => a.choiceId === 'ask-dad')?.firstTry).toBe(false);
  });

  test('a reload mid-promise returns to the same question with nothing lost', async ({ page }) => {
    await setUpClass(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Amelia J' }).click();
    await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Ask Dad first' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByTestId('caption')).toContainText("Not now, it's nearly tea time");

    await page.reload();
    await expect(page.getByTestId('caption')).toContainText("Not now, it's nearly tea time");
    await expect(page.getByRole('button', { name: 'Play with her toys' })).toBeVisible();
    expect(await readTable(page, 'attempts')).toHaveLength(1);
  });

  test('a held Enter key moves on one screen and never answers for the child', async ({ page }) => {
    await setUpClass(page, ['Ben K']);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Ben K' }).click();
    await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).focus();
    // Held down: the keyboard repeats the key while the question appears and takes the focus.
    await page.keyboard.down('Enter');
    await expect(page.getByTestId('caption')).toHaveText('What should Mia do?');
    for (let i = 0; i < 5; i++) await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await expect(page.getByRole('button', { name: 'Just play on it' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Well done|think again/ })).toHaveCount(0);
    expect(await readTable(page, 'attempts')).toEqual([]);
  });

  test('plays all three ALLOWED scenarios, with two mechanics, and the promise is stamped', async ({ page }) => {
    await setUpClass(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Cerys L' }).click();
    await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
    const next = page.getByRole('button', { name: 'Next' });

    await next.click();
    await page.getByRole('button', { name: 'Ask Dad first' }).click();
    await next.click();
    await page.getByRole('button', { name: 'Play with her toys' }).click();
    await next.click();
    await expect(page.getByTestId('caption')).toContainText('ask a trusted adult');
    await next.click();

    await expect(page.getByRole('heading', { name: "At Ben's house" })).toBeVisible();
    await next.click();
    await page.getByRole('button', { name: '"Let\'s ask your mum first."' }).click();
    await next.click();
    await page.getByRole('button', { name: 'We can play the game she chose' }).click();
    await next.click();
    await next.click();

    // Traffic light: OK / Ask first / Stop and tell.
    await expect(page.getByRole('heading', { name: 'Can I use it?' })).toBeVisible();
    await next.click();
    await page.getByRole('button', { name: 'OK' }).click();
    await next.click();
    await page.getByRole('button', { name: 'Ask first' }).click();
    await next.click();
    await page.getByRole('button', { name: 'Stop and tell' }).click();
    await next.click();
    await next.click();

    await expect(page.getByTestId('caption')).toContainText(
      "You finished ALLOWED! Here is your promise: I only use the devices I'm ALLOWED to",
    );
    await page.getByRole('button', { name: 'See my stars' }).click();
    await expect(page.getByRole('button', { name: /^1\. ALLOWED\. 3 stars, well done/ })).toBeVisible();
    expect(await readTable(page, 'attempts')).toHaveLength(7);
  });
});
