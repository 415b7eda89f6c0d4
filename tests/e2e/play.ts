/*
 * Playing as a child would, by keyboard, by pointer or by a single switch. The answer key
 * comes from the lesson pack itself (the question view names its scenario and step), so a
 * test can walk a whole promise right first time with any mechanic.
 */
import type { Locator, Page } from '@playwright/test';
import { scenariosFor } from '../../src/domain/packLoader';
import { questionsOf } from '../../src/domain/questions';
import { readPack as readPackFromDisk } from '../helpers/contentFiles';
import { expect } from './fixtures';

export type Input = 'keyboard' | 'pointer' | 'switch';

// Read and checked once per pack, not at every question.
const packs = new Map<string, ReturnType<typeof readPackFromDisk>>();
function readPack(packId: string) {
  const read = packs.get(packId) ?? readPackFromDisk(packId);
  packs.set(packId, read);
  return read;
}

/** Presses a control the way the given input would. A switch waits for the scan to reach it. */
export async function press(page: Page, target: Locator, input: Input): Promise<void> {
  if (input === 'pointer') return target.click();
  if (input === 'keyboard') {
    await target.focus();
    return page.keyboard.press('Enter');
  }
  // A switch interface sends its key the moment the child presses; the test presses the moment
  // the scan highlights the target, listening in the page at every move of the highlight
  // (checked and pressed in one task, so a scan tick under a loaded CPU cannot slip between
  // looking and pressing). A target redrawn meanwhile is looked up again.
  await expect
    .poll(
      () =>
        target.evaluate(
          (el) =>
            new Promise<boolean>((resolve) => {
              const pressIfHighlighted = () => {
                if (el !== document.activeElement) return false;
                const key = { key: ' ', code: 'Space', bubbles: true, cancelable: true };
                el.dispatchEvent(new KeyboardEvent('keydown', key));
                return true;
              };
              const done = (pressed: boolean) => {
                document.removeEventListener('focusin', onMove, true);
                clearTimeout(giveUp);
                resolve(pressed);
              };
              const onMove = () =>
                setTimeout(() => {
                  if (pressIfHighlighted()) done(true);
                  else if (!el.isConnected) done(false);
                });
              const giveUp = setTimeout(() => done(false), 20_000);
              document.addEventListener('focusin', onMove, true);
              if (pressIfHighlighted()) done(true);
            }),
        ),
      { timeout: 60_000, intervals: [50] },
    )
    .toBe(true);
}

/** In the teacher area: single-switch scanning on, at the given speed, for this device. */
export async function turnOnSwitchScanning(page: Page, speed: string): Promise<void> {
  const scanning = page.getByLabel(/Single-switch scanning/);
  if (!(await scanning.isVisible())) await page.getByText('Settings for this device').click();
  await scanning.check();
  await page.getByLabel('Scanning speed').selectOption({ label: speed });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

/** Every place on the map in order, each played right first time, back to the map each time. */
export async function playEveryPlace(page: Page, packId: string, keywords: string[], input: Input): Promise<void> {
  for (const [i, keyword] of keywords.entries()) {
    await press(page, page.getByRole('button', { name: new RegExp(`^${i + 1}\\. ${keyword}\\.`) }), input);
    await expect(page.getByRole('heading', { name: keyword, level: 1 })).toBeVisible();
    await playPromise(page, packId, input);
    await press(page, page.getByRole('button', { name: 'See my stars', exact: true }), input);
    await expect(page.getByRole('button', { name: new RegExp(`^${i + 1}\\. ${keyword}\\. 3 stars`) })).toBeVisible();
  }
}

/**
 * The promise ceremony (KS1/EYFS), from the map: every promise heard and stamped, the trusted
 * adults picked (after a "Next" with none, which is refused), "I promise!". Ends on its last screen.
 */
export async function makeThePromise(
  page: Page,
  promise: { keywords: string[]; name: string; school: string[]; home: string[] },
  input: Input,
  /** How "I promise!" is pressed: by `input` unless a test presses it its own way (a double tap). */
  pressPromise: (target: Locator) => Promise<void> = (target) => press(page, target, input),
): Promise<void> {
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const caption = page.getByTestId('caption');
  const { keywords } = promise;
  await press(page, button('My promise'), input);
  await expect(caption).toContainText('Time to make your promise!');
  await press(page, button('Next'), input);
  for (const [i, keyword] of keywords.entries()) {
    await expect(page.getByText(`Promise ${i + 1} of ${keywords.length}`)).toBeVisible();
    await expect(caption).toContainText(keyword);
    await press(page, button('Stamp it!'), input);
  }
  await expect(page.locator('.stamp-row li.stamped')).toHaveCount(keywords.length);
  for (const where of ['school', 'home'] as const) {
    await expect(caption).toHaveText(`Who are your trusted adults at ${where}?`);
    if (where === 'school') {
      await press(page, button('Next'), input);
      await expect(page.getByRole('status')).toHaveText('Pick at least one grown-up, then press Next.');
    }
    for (const adult of promise[where]) {
      await press(page, button(adult), input);
      await expect(button(adult)).toHaveAttribute('aria-pressed', 'true');
    }
    await press(page, button('Next'), input);
  }
  await expect(caption).toHaveText(`My name is ${promise.name}.`);
  await pressPromise(button('I promise!'));
  await expect(caption).toContainText(`Well done, ${promise.name}! You made your promise.`);
}

/** The right answers to one question, from the lesson pack itself. */
export function rightAnswers(packId: string, scenarioId: string, stepId: string): string[] {
  const read = readPack(packId);
  if (!read.ok) throw new Error(`pack ${packId} does not load`);
  const scenario = read.pack.scenarios.find((s) => s.id === scenarioId);
  const question = scenario && questionsOf(scenario).find((q) => q.id === stepId);
  if (!question) throw new Error(`no question ${scenarioId}/${stepId}`);
  return question.choices
    .filter((c) => c.correct)
    .map((c) => c.id)
    .slice(0, question.pick ?? 1);
}

/** Plays every scenario of the open promise right first time; returns the mechanics met. */
export async function playPromise(
  page: Page,
  packId: string,
  input: Input,
  onQuestion?: (mechanic: string) => Promise<void>,
): Promise<Set<string>> {
  const mechanics = new Set<string>();
  const seeStars = page.getByRole('button', { name: /^(See my stars|Gweld fy sêr)$/ });
  const next = page.getByRole('button', { name: /^(Next|Nesaf)$/ });
  const question = page.locator('.actions [data-step]');
  for (let guard = 0; guard < 200; guard++) {
    await expect(seeStars.or(next).or(question).first()).toBeVisible();
    if (await seeStars.isVisible()) return mechanics;
    if (await next.isVisible()) {
      // Every screen says something new: wait for the caption to change before looking again.
      const caption = page.getByTestId('caption');
      const before = await caption.textContent();
      await press(page, next, input);
      await expect(caption).not.toHaveText(before ?? '');
      continue;
    }
    const scenarioId = await question.getAttribute('data-scenario');
    const stepId = await question.getAttribute('data-step');
    if (!scenarioId || !stepId) continue;
    const read = readPack(packId);
    const mechanic = (read.ok && read.pack.scenarios.find((s) => s.id === scenarioId)?.mechanic) || '?';
    mechanics.add(mechanic);
    await onQuestion?.(mechanic);
    const ids = rightAnswers(packId, scenarioId, stepId);
    for (const id of ids) await press(page, question.locator(`[data-choice="${id}"]`), input);
    if (ids.length > 1) await press(page, page.getByRole('button', { name: /^(Use this password|Defnyddio)/ }), input);
    await expect(page.getByRole('status').filter({ hasText: /Well done|Da iawn/ })).toBeVisible();
  }
  throw new Error('the promise did not finish');
}

export function promiseCount(packId: string, stage?: 'LKS2' | 'UKS2'): number {
  const read = readPack(packId);
  if (!read.ok) throw new Error(`pack ${packId} does not load`);
  return read.pack.manifest.agreement.promises.filter((p) => scenariosFor(read.pack, p.id, stage).length > 0).length;
}

/** The fewest statements whose scenarios for a stage between them use every mechanic. */
export function promisesCoveringEveryMechanic(
  packId: string,
  stage?: 'LKS2' | 'UKS2',
): { index: number; id: string }[] {
  const read = readPack(packId);
  if (!read.ok) throw new Error(`pack ${packId} does not load`);
  const { pack } = read;
  const chosen: { index: number; id: string }[] = [];
  const promises = pack.manifest.agreement.promises.map((p, index) => ({
    index,
    id: p.id,
    mechanics: new Set(scenariosFor(pack, p.id, stage).map((s) => s.mechanic)),
  }));
  // Every mechanic this pack (and stage) uses: KS1 has fewer than KS2.
  const wanted = new Set<string>(promises.flatMap((p) => [...p.mechanics]));
  while (wanted.size) {
    const best = promises
      .map((p) => ({ ...p, gain: [...p.mechanics].filter((m) => wanted.has(m)).length }))
      .sort((a, b) => b.gain - a.gain)[0];
    if (!best || best.gain === 0) throw new Error(`no scenario uses ${[...wanted].join(', ')}`);
    chosen.push(best);
    for (const m of best.mechanics) wanted.delete(m);
  }
  return chosen;
}
