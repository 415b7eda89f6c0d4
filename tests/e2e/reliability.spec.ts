/*
 * Nothing lost: a tab closed right after a tap, again and again, loses at most the answer
 * being made; a second tab is told calmly; the database is never left half-written.
 */
import { expect, readTable, setUpClass, test } from './fixtures';

test('closing the page right after a tap, twelve times, loses at most that answer', async ({ page, context }) => {
  test.setTimeout(180_000);
  await setUpClass(page, ['Ben K']);
  let tabs = page;
  let taps = 0;
  for (let round = 0; round < 12; round++) {
    await tabs.goto('/');
    // A reload returns to the scenario (its start, while no answer is right yet), or the
    // first time the child walks there.
    const choice = tabs.getByRole('button', { name: 'Just play on it' });
    const next = tabs.getByRole('button', { name: 'Next', exact: true });
    const play = tabs.getByRole('button', { name: 'Play', exact: true });
    await expect(choice.or(next).or(play)).toBeVisible();
    if (await play.isVisible()) {
      await play.click();
      await tabs.getByRole('button', { name: 'Ben K' }).click();
      await tabs.getByRole('button', { name: /^1\. ALLOWED/ }).click();
    }
    await expect(choice.or(next)).toBeVisible();
    if (await next.isVisible()) await next.click();
    await choice.click({ noWaitAfter: true });
    taps++;
    await tabs.close({ runBeforeUnload: false });
    tabs = await context.newPage();
  }
  await tabs.goto('/');
  const attempts = await readTable<{ id: string; choiceId: string }>(tabs, 'attempts');
  // Every saved answer is whole, and at most the last tap of each round is missing.
  expect(attempts.length).toBeGreaterThanOrEqual(taps / 2);
  expect(attempts.length).toBeLessThanOrEqual(taps);
  expect(attempts.every((a) => a.id && a.choiceId === 'just-play')).toBe(true);
  // …and the app opens again where the child was, in the same scenario.
  await expect(tabs.getByRole('heading', { name: "Dad's tablet" })).toBeVisible();
});

test('a second tab that upgrades the database gets a calm message, and nothing is lost', async ({ page, context }) => {
  await setUpClass(page, ['Ben K']);
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // Another tab asks for a newer database version (as an update would): this one steps aside.
  await second.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('stay-safe-online', 99);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onblocked = () => resolve();
      }),
  );
  await expect(page.getByRole('heading', { name: "Let's stop for a moment" })).toBeVisible();
  expect(await readTable(second, 'pupils')).toHaveLength(1);
});
