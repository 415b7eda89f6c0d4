/*
 * A teacher records a pack in their own voice, line by line (Chromium's fake microphone), skips
 * a line, leaves and comes back to it, and saves a voice pack file. On a second device (a new
 * browser context: empty storage) another teacher adds the file, and a child there hears the
 * imported recording in place of the app's voice: the very bytes of that line's recording.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, openTeacherArea, setUpClass, test } from './fixtures';

/** Every recording the page plays from a blob (a teacher's voice), by its size in bytes. */
async function listenForTeacherVoice(page: Page) {
  await page.addInitScript(() => {
    const heard: number[] = [];
    (window as unknown as { teacherVoiceBytes: number[] }).teacherVoiceBytes = heard;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (this.src.startsWith('blob:')) {
        void fetch(this.src)
          .then((r) => r.arrayBuffer())
          .then((b) => heard.push(b.byteLength))
          .catch(() => {});
      }
      return play.call(this);
    };
  });
}

const teacherVoiceBytes = (page: Page) =>
  page.evaluate(() => (window as unknown as { teacherVoiceBytes: number[] }).teacherVoiceBytes);

async function openVoices(page: Page) {
  await openTeacherArea(page);
  await page.getByRole('button', { name: 'Open Hazel Class' }).click();
  await page.getByText('Record your own voice').click();
  await page.getByRole('button', { name: 'Record a whole pack, line by line, and share voices' }).click();
  await expect(page.getByRole('heading', { name: 'Voices for Hazel Class' })).toBeVisible();
}

test('a class records its voices line by line, shares them as a file, and another device hears them', async ({
  page,
  context,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['microphone']);
  await page.addInitScript(() => {
    const tracks: MediaStreamTrack[] = [];
    (window as unknown as { micTracks: MediaStreamTrack[] }).micTracks = tracks;
    const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await real(constraints);
      tracks.push(...stream.getTracks());
      return stream;
    };
  });
  const liveMicrophones = () =>
    page.evaluate(
      () =>
        (window as unknown as { micTracks: MediaStreamTrack[] }).micTracks.filter((t) => t.readyState === 'live')
          .length,
    );
  await setUpClass(page, ['Ben K']);
  await openVoices(page);
  await expect(page.getByLabel('Lesson pack')).toHaveValue('ks1-safe');
  await expect(page.getByLabel('Language')).toHaveValue('en-GB');
  const progress = page.locator('.voices-progress');
  await expect(progress).toHaveText(/^0 of \d+ lines recorded$/);
  const total = Number((await progress.textContent())?.match(/of (\d+)/)?.[1]);
  expect(total, 'every line of KS1 SAFE online').toBeGreaterThan(300);
  expect(await axeViolations(page, 'voices page')).toEqual([]);

  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByRole('heading', { name: 'Recording SAFE online: English' })).toBeVisible();
  const words = page.locator('.session-words');
  const position = page.locator('.session-position');
  const status = page.getByRole('status').filter({ hasText: /./ }).last();
  const meter = page.getByRole('meter', { name: 'Sound level' });
  const heard: string[] = [];

  const recordThisLine = async (n: number, redoFirst = false) => {
    await expect(position).toHaveText(`Line ${n} of ${total}`);
    heard[n] = (await words.textContent()) ?? '';
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await expect(page.getByText('Recording… press Stop when you have read the line.')).toBeVisible();
    // The level meter moves with the fake microphone's tone (a beep now and then, not a steady
    // sound: it can be seconds away), and says its value in words.
    await expect
      .poll(async () => Number(await meter.getAttribute('aria-valuenow')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect(meter).toHaveAttribute('aria-valuetext', /^Sound level: \d+ of 100$/);
    await expect(page.getByText(/^Sound level: \d+ of 100$/)).toBeVisible();
    if (n === 1) expect(await axeViolations(page, 'recording session')).toEqual([]);
    await page.waitForTimeout(700);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(page.getByText('Play it back, then Keep it or Redo it.')).toBeVisible();
    await expect.poll(liveMicrophones, 'the microphone is let go of at Stop').toBe(0);
    await page.getByRole('button', { name: 'Play back' }).click();
    if (redoFirst) {
      await page.getByRole('button', { name: 'Redo' }).click();
      await expect(page.getByText('Recording… press Stop when you have read the line.')).toBeVisible();
      await page.waitForTimeout(700);
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
    }
    await page.getByRole('button', { name: 'Keep' }).click();
    await expect(page.getByText('Kept. Here is the next line.')).toBeVisible();
  };

  await expect(page.locator('.session-progress')).toHaveText(`0 of ${total} lines recorded`);
  await recordThisLine(1);
  await recordThisLine(2);
  await expect(position).toHaveText(`Line 3 of ${total}`);
  const skipped = (await words.textContent()) ?? '';
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByText('Skipped. You can come back to it later.')).toBeVisible();
  await recordThisLine(4, true);
  await expect(page.locator('.session-progress')).toHaveText(`3 of ${total} lines recorded`);
  await expect(status).toBeVisible();

  // Leave in the middle of a recording: the microphone is let go of; back, it carries on at the skipped line.
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.getByText('Recording… press Stop when you have read the line.')).toBeVisible();
  expect(await liveMicrophones()).toBe(1);
  await page.getByRole('button', { name: '← Back to voices' }).click();
  await expect(page.getByRole('heading', { name: 'Voices for Hazel Class' })).toBeVisible();
  await expect.poll(liveMicrophones, 'the microphone is let go of when the screen is left').toBe(0);
  await expect(progress).toHaveText(`3 of ${total} lines recorded`);
  await page.getByRole('button', { name: 'Carry on recording' }).click();
  await expect(position).toHaveText(`Line 3 of ${total}`);
  await expect(words).toHaveText(skipped);
  await page.getByRole('button', { name: '← Back to voices' }).click();

  // Save the voice pack file.
  await page.getByLabel('Your name, as others will see it (optional)').fill('Mrs Evans');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a voice pack file' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^voice-pack-ks1-safe-en-GB-\d{4}-\d{2}-\d{2}\.json$/);
  const path = testInfo.outputPath('voice-pack.json');
  await file.saveAs(path);
  await expect(page.getByText('Saved 3 recordings in one file.')).toBeVisible();
  const shared = JSON.parse(readFileSync(path, 'utf8')) as {
    packId: string;
    lang: string;
    recordedBy: string;
    lines: { key: string; words: string; audioBase64: string }[];
  };
  expect(shared).toMatchObject({ packId: 'ks1-safe', lang: 'en-GB', recordedBy: 'Mrs Evans' });
  expect(shared.lines.map((l) => l.words)).toEqual([heard[1], heard[2], heard[4]]);
  const pickPupil = shared.lines[1];
  expect(pickPupil?.key).toBe('common:pick.pupil');
  const pickPupilBytes = Buffer.from(pickPupil?.audioBase64 ?? '', 'base64').length;

  // A second device: nothing of the first one's storage.
  const second = await browser.newContext({ baseURL, viewport: { width: 1024, height: 768 } });
  const other = await second.newPage();
  await listenForTeacherVoice(other);
  await setUpClass(other, ['Cai L']);
  // Before the file is added, the app's own voice says "Find your picture".
  await other.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(other.getByTestId('caption')).toHaveText(pickPupil?.words ?? '');
  await expect(other.locator('.caption')).toHaveAttribute('data-voice', 'file');
  await other.goto('/');
  await openVoices(other);
  await other.getByLabel('Voice pack file').setInputFiles(path);
  await expect(other.getByText('3 lines for SAFE online, English, recorded by Mrs Evans.')).toBeVisible();
  await other.getByRole('button', { name: 'Add these recordings' }).click();
  await expect(
    other.getByText("Added 3 recordings. Hazel Class will hear them in place of the app's voice."),
  ).toBeVisible();
  await expect(other.locator('.voices-progress')).toHaveText(`3 of ${total} lines recorded`);
  await other.getByRole('button', { name: 'Lock and leave' }).click();

  await other.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(other.getByTestId('caption')).toHaveText(pickPupil?.words ?? '');
  await expect(other.locator('.caption')).toHaveAttribute('data-voice', 'teacher');
  await expect.poll(() => teacherVoiceBytes(other)).toContain(pickPupilBytes);
  // On the map, "Hello" is the app's file, the name is the device's, and "Choose a promise to play." the teacher's.
  const choose = shared.lines[2];
  expect(choose?.key).toBe('common:map.hello#1');
  await other.getByRole('button', { name: 'Cai L' }).click();
  await expect(other.getByTestId('caption')).toContainText(choose?.words ?? '');
  await expect.poll(() => teacherVoiceBytes(other)).toContain(Buffer.from(choose?.audioBase64 ?? '', 'base64').length);
  await second.close();
});

test('a voice pack that is damaged, or for another pack, is refused and changes nothing', async ({
  page,
}, testInfo) => {
  await setUpClass(page, ['Ben K']);
  await openVoices(page);
  const progress = page.locator('.voices-progress');
  const before = await progress.textContent();
  const damaged = testInfo.outputPath('damaged.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(damaged, '{"format":"stay-safe-online-voice-pack","formatVersion":1,"lines":[');
  await page.getByLabel('Voice pack file').setInputFiles(damaged);
  await expect(page.getByRole('alert')).toHaveText(
    'damaged.json is not a whole voice pack file (it may have been cut short). Nothing has changed.',
  );
  const otherPack = testInfo.outputPath('ks2.json');
  const webm = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4, 5, 6, 7, 8]).toString('base64');
  const { createHash } = await import('node:crypto');
  writeFileSync(
    otherPack,
    JSON.stringify({
      format: 'stay-safe-online-voice-pack',
      formatVersion: 1,
      packId: 'ks2-i-am',
      lang: 'en-GB',
      recordedBy: '',
      exportedAt: '2026-12-01T22:00:00.000Z',
      lines: [
        {
          key: 'common:pick.pupil',
          words: 'Find your picture and tap it.',
          wordsHash: createHash('sha256').update('Find your picture and tap it.').digest('hex'),
          mime: 'audio/webm',
          audioBase64: webm,
        },
      ],
    }),
  );
  await page.getByLabel('Voice pack file').setInputFiles(otherPack);
  await expect(page.getByRole('alert')).toContainText('ks2.json is for I am… online');
  await expect(page.getByRole('alert')).toContainText('Nothing has changed.');
  await expect(page.getByRole('button', { name: 'Add these recordings' })).toHaveCount(0);
  await expect(progress).toHaveText(before ?? '');
});
