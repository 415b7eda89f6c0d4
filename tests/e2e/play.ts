/*
 * Playing as a child would, by keyboard, by pointer or by a single switch. The answer key
 * comes from the lesson pack itself (the question view names its scenario and step), so a
 * test can walk a whole promise right first time with any mechanic.
 */
import type { Locator, Page } from '@playwright/test';
import { MECHANICS } from '../../src/domain/lessonPack';
import { scenariosFor } from '../../src/domain/packLoader';
import { questionsOf } from '../../src/domain/questions';
import { readPack } from '../helpers/contentFiles';
import { expect } from './fixtures';

export type Input = 'keyboard' | 'pointer' | 'switch';

/** Presses a control the way the given input would. A switch waits for the scan to reach it. */
export async function press(page: Page, target: Locator, input: Input): Promise<void> {
  if (input === 'pointer') return target.click();
  if (input === 'keyboard') {
    await target.focus();
    return page.keyboard.press('Enter');
  }
  // A switch interface sends its key the moment the child presses; the test presses at the
  // moment the scan highlights the target (checked and pressed in one step, so a scan tick
  // under a loaded CPU cannot slip between looking and pressing).
  await expect
    .poll(
      () =>
        target.evaluate((el) => {
          if (el !== document.activeElement) return false;
          el.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true }));
          return true;
        }),
      { timeout: 30_000, intervals: [50] },
    )
    .toBe(true);
}

function rightAnswers(packId: string, scenarioId: string, stepId: string): string[] {
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
  const wanted = new Set<string>(MECHANICS);
  const chosen: { index: number; id: string }[] = [];
  const promises = pack.manifest.agreement.promises.map((p, index) => ({
    index,
    id: p.id,
    mechanics: new Set(scenariosFor(pack, p.id, stage).map((s) => s.mechanic)),
  }));
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
