/*
 * A place played in Welsh on a device whose own voice is stubbed: every caption is heard from
 * the app's files, line by line (the words of the files fetched cover the whole caption), and
 * the device's voice is asked for nothing but the pupil's name. The unit test
 * tests/unit/spokenLines.test.ts checks every line of every place; this checks the game does it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { narratedLines } from '../../scripts/narration.mjs';
import { narrationFileName } from '../../src/domain/sha256';
import { ROOT } from '../helpers/contentFiles';
import { expect, setUpClass, test } from './fixtures';
import { rightAnswers } from './play';

test('in Welsh, a place is heard line by line from its own files; the device voice says only the name', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const index = new Set<string>(JSON.parse(readFileSync(join(ROOT, 'assets/narration/index.json'), 'utf8')).cy);
  const wordsOf = new Map((narratedLines('cy') as [string, string][]).map(([, w]) => [narrationFileName(w), w]));
  // Every file is answered with the shortest one ("1"), so a sequence is heard in moments.
  const short = readFileSync(join(ROOT, 'assets/narration/cy', `${narrationFileName('1')}.mp3`));
  const requested: string[] = [];
  await page.route(/\/narration\/cy\/[0-9a-f]{20}\.mp3$/, (route) => {
    requested.push(/([0-9a-f]{20})\.mp3$/.exec(route.request().url())?.[1] ?? '');
    return route.fulfill({ body: short, contentType: 'audio/mpeg' });
  });
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { deviceSaid: string[] }).deviceSaid = said;
    const voice = { lang: 'cy-GB', name: 'Cymraeg', default: true, localService: true, voiceURI: 'cy' };
    // A plain utterance, since the real one takes only the browser's own voices.
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      voice: unknown = null;
      lang = '';
      rate = 1;
      constructor(readonly text: string) {}
    };
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [voice],
        speak: (u: { text: string; onend: ((e: Event) => void) | null }) => {
          said.push(u.text);
          setTimeout(() => u.onend?.(new Event('end')), 20);
        },
        cancel: () => {},
        addEventListener: () => {},
      },
    });
  });

  await setUpClass(page, ['Ben K']);
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: 'Chwarae', exact: true }).click();
  await page.getByRole('button', { name: 'Ben K' }).click();

  const caption = page.locator('.caption');
  const steps: { caption: string; words: string[] }[] = [];
  let lastAsked = 0;
  let seen = 0;
  /** Waits for the caption's newest words to have been heard to the end, and keeps what was fetched. */
  const heard = async () => {
    await expect
      .poll(async () => {
        const asked = Number(await caption.getAttribute('data-asked'));
        return asked > lastAsked && String(asked) === (await caption.getAttribute('data-heard'));
      })
      .toBe(true);
    lastAsked = Number(await caption.getAttribute('data-asked'));
    const words = requested.slice(seen).map((h) => wordsOf.get(h) ?? `?${h}`);
    seen = requested.length;
    steps.push({ caption: (await page.getByTestId('caption').textContent()) ?? '', words });
  };

  // The pupil list's own words may still be finishing: the map's greeting is the newest.
  await expect(page.getByTestId('caption')).toHaveText("Helo Ben K! Dewisa addewid i'w chwarae.");
  lastAsked = Number(await caption.getAttribute('data-asked')) - 1;
  await heard();
  await page.getByRole('button', { name: /^5\. GWYBOD/ }).click();
  const seeStars = page.getByRole('button', { name: 'Gweld fy sêr', exact: true });
  const next = page.getByRole('button', { name: 'Nesaf', exact: true });
  const question = page.locator('.actions [data-step]');
  for (let guard = 0; ; guard++) {
    expect(guard, 'the place did not finish').toBeLessThan(100);
    await expect(seeStars.or(next).or(question).first()).toBeVisible();
    await heard();
    if (await seeStars.isVisible()) break;
    if (await next.isVisible()) {
      await next.click();
      continue;
    }
    const ids = rightAnswers(
      'ks1-safe',
      (await question.getAttribute('data-scenario')) ?? '',
      (await question.getAttribute('data-step')) ?? '',
    );
    for (const id of ids) await question.locator(`[data-choice="${id}"]`).click();
    if (ids.length > 1) await page.getByRole('button', { name: /^Defnyddio/ }).click();
  }

  expect(steps.at(-1)?.caption).toContain('Rwyt ti wedi gorffen GWYBOD!');
  for (const { caption: text, words } of steps) {
    // What the files fetched for this caption say, taken out of it: nothing sayable but the name is left.
    const left = [...words, 'Ben K']
      .sort((a, b) => b.length - a.length)
      .reduce((rest, w) => rest.split(w).join(' '), text);
    expect(left.replace(/[^\p{L}\p{N}]/gu, ''), `unheard words of “${text}”`).toBe('');
  }
  expect(
    requested.filter((h) => !index.has(h)),
    'every file asked for exists',
  ).toEqual([]);
  expect(steps.length).toBeGreaterThan(10);
  expect(requested.length).toBeGreaterThan(steps.length);
  // The name: on the pupil's own button, and in "Helo Ben K!".
  const deviceSaid = await page.evaluate(() => (window as unknown as { deviceSaid: string[] }).deviceSaid);
  expect(new Set(deviceSaid)).toEqual(new Set(['Ben K']));
});
