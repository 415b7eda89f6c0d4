/*
 * The world behind the controls: the first scene after Phaser loads is the story's own place,
 * the world's loop sleeps while no child screen shows it or nothing in it moves, and a wrong
 * answer does not make it jump or draw itself again.
 */
import { expect, setUpClass, test } from './fixtures';

test("the first scene after Phaser loads is the story's own place, not a default", async ({ page }) => {
  await setUpClass(page, ['Ben K']);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  // ALLOWED's first scenario (Dad's tablet) happens at home; Phaser's default is the playground.
  await expect(page.locator('.world')).toHaveAttribute('data-place', 'home');
});

test("the world's loop sleeps on the map, wakes in a scenario, and rests when nothing moves", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: number };
    w.__frames = 0;
    const real = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      w.__frames++;
      return real(callback);
    };
  });
  await setUpClass(page, ['Ben K']);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await expect(page.locator('.world canvas')).toBeAttached();
  const framesIn = async (ms: number) => {
    const before = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    await page.waitForTimeout(ms);
    return (await page.evaluate(() => (window as unknown as { __frames: number }).__frames)) - before;
  };
  expect(await framesIn(1000)).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await expect(page.getByRole('button', { name: /^1\. ALLOWED/ })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await framesIn(1000)).toBeLessThan(3);
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
  expect(await framesIn(1000)).toBeGreaterThan(5);
  // The scene's own motion ends within five seconds (WCAG 2.2.2); then the world rests, its last
  // frame kept, while the child listens and chooses…
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const wrong = page.getByRole('button', { name: 'Just play on it' });
  await expect(wrong).toBeVisible();
  await page.waitForTimeout(5500);
  expect(await framesIn(1000)).toBeLessThan(3);
  await expect(page.locator('.world canvas')).toBeVisible();
  // …and an answer wakes it (the child's face changes, the world wobbles), then it rests again.
  await wrong.click();
  expect(await framesIn(500)).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(wrong).toBeVisible();
  await page.waitForTimeout(2000);
  expect(await framesIn(1000)).toBeLessThan(3);
});

test('a wrong answer and "Try again" leave the world where it is: same size, not drawn again', async ({ page }) => {
  await setUpClass(page, ['Ben K']);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  const world = page.locator('.world');
  // A drawing finished, for the size the stage has now (on a loaded machine its pictures can
  // still be loading when the child answers, and then a Try again rightly finishes drawing it).
  const drawnForItsSize = () =>
    expect
      .poll(() =>
        world.evaluate((el) => {
          const canvas = el.querySelector('canvas');
          const { width, height } = el.getBoundingClientRect();
          const forItsSize = !!canvas && Math.abs(canvas.width - width) < 1 && Math.abs(canvas.height - height) < 1;
          return forItsSize && el.getAttribute('data-drawn') === el.getAttribute('data-drawings');
        }),
      )
      .toBe(true);
  await drawnForItsSize();
  const atTheIntro = Number(await world.getAttribute('data-drawings'));
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const wrong = page.getByRole('button', { name: 'Just play on it' });
  await expect(wrong).toBeVisible();
  await expect(world).toHaveAttribute('data-feeling', 'unsure');
  await drawnForItsSize();
  // The question is drawn once, for the room its answers leave (not first for the intro's room).
  const drawings = await world.getAttribute('data-drawings');
  expect(Number(drawings)).toBe(atTheIntro + 1);
  const box = await page.locator('.stage').boundingBox();
  await wrong.click();
  const tryAgain = page.getByRole('button', { name: 'Try again' });
  await expect(tryAgain).toBeVisible();
  expect(await page.locator('.stage').boundingBox()).toEqual(box);
  await tryAgain.click();
  await expect(wrong).toBeVisible();
  expect(await page.locator('.stage').boundingBox()).toEqual(box);
  // A moment for a resize to have been noticed and drawn.
  await page.waitForTimeout(800);
  await expect(world).toHaveAttribute('data-drawings', drawings ?? '');
  await expect(world).toHaveAttribute('data-feeling', 'unsure');
});
