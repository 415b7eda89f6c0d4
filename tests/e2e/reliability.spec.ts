/*
 * Nothing lost: a tab closed right after a tap, again and again, loses at most the answer
 * being made; a second tab is told calmly; the database is never left half-written.
 */
import { expect, readTable, setUpClass, test } from './fixtures';

test('closing the page right after a tap, twelve times, loses at most that answer', async ({ page, context }) => {
  test.setTimeout(180_000);
  await setUpClass(page, ['Ben K']);
  let tabs = page;
  let saved: string[] = [];
  for (let round = 0; round < 12; round++) {
    await tabs.goto('/');
    // What the last tab left: every answer saved before it, plus at most the one being made
    // when it closed (whole, or not at all).
    const now = (await readTable<{ id: string; choiceId: string }>(tabs, 'attempts')).map((a) => a.id);
    expect(now).toEqual(expect.arrayContaining(saved));
    expect(now.length - saved.length).toBeLessThanOrEqual(1);
    saved = now;
    // The first time the child walks to the scenario; after that every reload returns to it
    // (its start, while no answer is right yet). The title is drawn before the app loads, so
    // its Play button says nothing about where the app will go.
    const choice = tabs.getByRole('button', { name: 'Just play on it' });
    const next = tabs.getByRole('button', { name: 'Next', exact: true });
    if (round === 0) {
      await tabs.getByRole('button', { name: 'Play', exact: true }).click();
      await tabs.getByRole('button', { name: 'Ben K' }).click();
      await tabs.getByRole('button', { name: /^1\. ALLOWED/ }).click();
    }
    await expect(choice.or(next)).toBeVisible();
    if (await next.isVisible()) await next.click();
    await choice.click({ noWaitAfter: true });
    await tabs.close({ runBeforeUnload: false });
    tabs = await context.newPage();
  }
  await tabs.goto('/');
  const attempts = await readTable<{ id: string; choiceId: string }>(tabs, 'attempts');
  // The twelfth tap too: nothing saved before it is gone, and it is there whole or not at all.
  expect(attempts.map((a) => a.id)).toEqual(expect.arrayContaining(saved));
  expect(attempts.length - saved.length).toBeLessThanOrEqual(1);
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
