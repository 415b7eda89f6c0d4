import { expect, openTeacherArea, readTable, setUpClass, test } from './fixtures';

test("a teacher records a line in their own voice, and the class hears it instead of the app's", async ({
  page,
  context,
}) => {
  await context.grantPermissions(['microphone']);
  await setUpClass(page, ['Ben K']);
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await page.getByText('Record your own voice').click();
  const wanted = "Mia sees Dad's tablet on the sofa. Dad is busy cooking. Mia wants to play a game on it.";
  await page.getByLabel('Line to record').selectOption({ label: wanted });
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.getByText('Recording…')).toBeVisible();
  await page.waitForTimeout(1200);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'Save this recording' }).click();
  await expect(page.getByText('Saved. Your class will hear your voice for this line.')).toBeVisible();
  const [recording] = await readTable<{ text: string; lang: string }>(page, 'recordings');
  expect(recording).toMatchObject({ text: wanted, lang: 'en-GB' });
  await page.getByRole('button', { name: 'Lock and leave' }).click();

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();
  const caption = page.locator('.caption');
  await expect(caption).not.toHaveAttribute('data-voice', 'teacher');
  await page.getByRole('button', { name: /^1\. ALLOWED/ }).click();
  await expect(page.getByTestId('caption')).toHaveText(wanted);
  await expect(caption).toHaveAttribute('data-voice', 'teacher');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(caption).not.toHaveAttribute('data-voice', 'teacher');
});

test('leaving the page while recording lets go of the microphone', async ({ page, context }) => {
  await context.grantPermissions(['microphone']);
  await page.addInitScript(() => {
    const tracks: MediaStreamTrack[] = [];
    (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks = tracks;
    const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await real(constraints);
      tracks.push(...stream.getTracks());
      return stream;
    };
  });
  await setUpClass(page, ['Ben K']);
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await page.getByText('Record your own voice').click();
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.getByText('Recording…')).toBeVisible();
  const live = () =>
    page.evaluate(
      () =>
        (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks.filter((t) => t.readyState === 'live').length,
    );
  expect(await live()).toBe(1);
  await page.getByRole('button', { name: '← Back to your classes' }).click();
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  await expect.poll(live).toBe(0);
});
