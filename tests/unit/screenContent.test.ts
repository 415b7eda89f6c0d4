import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblems, loadPack } from '../../src/domain/packLoader';
import { ScreenContent, screenAt, screenKeys, screenProblems, turnsScreenOff } from '../../src/domain/screenContent';
import { readPack } from '../helpers/contentFiles';

const popup = ScreenContent.parse({ show: 'popup', offWhen: ['close'] });
const call = ScreenContent.parse({ show: 'video-call', caller: 'old-woman', offWhen: ['say-bye'] });

describe('screenAt()', () => {
  const scenario = { id: 's', device: 'laptop' as const, onScreen: { intro: popup, two: call } };
  const order = ['one', 'two', 'three'];

  it('shows the intro screen until a step sets another, which then stays', () => {
    expect(screenAt(scenario, order, 'intro')?.content).toBe(popup);
    expect(screenAt(scenario, order, 'one')?.content).toBe(popup);
    expect(screenAt(scenario, order, 'two')?.content).toBe(call);
    expect(screenAt(scenario, order, 'three')).toMatchObject({ content: call, at: 'two', device: 'laptop' });
  });

  it('shows nothing for a scenario with no screens, and a tablet when no device is named', () => {
    expect(screenAt({ id: 's' }, order, 'one')).toBeNull();
    expect(screenAt({ id: 's', onScreen: { intro: popup } }, order, 'one')?.device).toBe('tablet');
  });

  it('never shows a screen set later in the story', () => {
    fc.assert(
      fc.property(fc.subarray(['intro', ...order]), fc.integer({ min: 0, max: 3 }), (setAt, point) => {
        const points = ['intro', ...order];
        const onScreen = Object.fromEntries(setAt.map((at) => [at, popup]));
        const shown = screenAt({ id: 's', onScreen }, order, points[point] as string);
        if (shown) expect(points.indexOf(shown.at)).toBeLessThanOrEqual(point);
        else expect(setAt.filter((at) => points.indexOf(at) <= point)).toEqual([]);
      }),
    );
  });
});

describe('turnsScreenOff()', () => {
  it('is true only for a choice the screen names', () => {
    const shown = { device: 'tablet' as const, at: 'intro', content: call };
    expect(turnsScreenOff(shown, ['say-bye'])).toBe(true);
    expect(turnsScreenOff(shown, ['dress-on-camera'])).toBe(false);
    expect(turnsScreenOff(null, ['say-bye'])).toBe(false);
  });
});

describe('screenKeys()', () => {
  it('derives every word key from ids, messages and results included', () => {
    const thread = ScreenContent.parse({
      show: 'message-thread',
      contact: 'boy',
      messages: [{ id: 'hi', from: 'them' }],
    });
    expect(screenKeys({ id: 's', onScreen: { intro: popup, two: thread } })).toEqual([
      'scenarios.s.screen.intro.title',
      'scenarios.s.screen.intro.button',
      'scenarios.s.screen.two.name',
      'scenarios.s.screen.two.messages.hi',
    ]);
  });
});

describe('screenProblems()', () => {
  it('names a screen set at a step the scenario does not have, and a choice it does not offer', () => {
    const problems = screenProblems({ id: 's', onScreen: { intro: popup, nope: call } }, [
      { id: 'one', choiceIds: ['say-bye'] },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['onScreen.intro.offWhen', 'onScreen.nope']);
  });
});

describe('a lesson pack with screens', () => {
  const read = readPack('ks1-safe');
  if (!read.ok) throw new Error('ks1-safe does not load');
  const base = { id: 'odd', promise: 'allowed', place: 'home', mechanic: 'choice' };
  const steps = [
    {
      id: 'one',
      choices: [
        { id: 'yes', icon: 'star', safe: true },
        { id: 'no', icon: 'star', safe: false },
      ],
    },
  ];
  const load = (scenario: unknown) =>
    loadPack('lessons/x/pack.json', read.pack.manifest, { 'lessons/x/scenarios/odd.json': scenario });

  it('is refused, naming the file and the field, when a screen is of a kind the game does not draw', () => {
    const broken = load({ ...base, steps, onScreen: { intro: { show: 'hologram' } } });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(formatProblems(broken.problems)).toMatch(/odd\.json.*onScreen\.intro\.show/);
  });

  it('is refused when "turn it off" names a choice no step offers', () => {
    const broken = load({
      ...base,
      steps,
      onScreen: { intro: { show: 'video-call', caller: 'man', offWhen: ['bye'] } },
    });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(formatProblems(broken.problems)).toContain('onScreen.intro.offWhen');
  });

  it('loads when every screen is one the game knows', () => {
    expect(load({ ...base, steps, onScreen: { intro: { show: 'game', game: 'star', offWhen: ['no'] } } }).ok).toBe(
      true,
    );
  });
});
