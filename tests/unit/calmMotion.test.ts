import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calm, MOTION_LIMIT_MS, motionLength } from '../../scenes/calmMotion';

const tween = fc.record({
  duration: fc.integer({ min: 1, max: 8000 }),
  delay: fc.integer({ min: 0, max: 4000 }),
  yoyo: fc.boolean(),
  repeat: fc.integer({ min: -1, max: 12 }),
  targets: fc.constant('picture'),
});

describe('motion the world starts by itself', () => {
  it('a bob that would go on forever ends within five seconds, back where it began', () => {
    const bob = calm({ targets: 'child', y: 10, duration: 1400, yoyo: true, repeat: -1 });
    expect(bob.repeat).toBe(0);
    expect(motionLength(bob)).toBeLessThanOrEqual(MOTION_LIMIT_MS);
    const light = calm({ targets: 'light', alpha: 0.45, duration: 900, yoyo: true, repeat: -1 });
    expect(light.repeat).toBe(1);
    expect(motionLength(light)).toBe(3600);
  });

  it('ends by the limit whenever one pass fits, and always plays one pass', () => {
    fc.assert(
      fc.property(tween, (config) => {
        const calmed = calm(config);
        const onePass = motionLength({ ...config, repeat: 0 });
        expect(calmed.repeat).toBeGreaterThanOrEqual(0);
        if (onePass <= MOTION_LIMIT_MS) expect(motionLength(calmed)).toBeLessThanOrEqual(MOTION_LIMIT_MS);
        else expect(calmed.repeat).toBe(0);
      }),
    );
  });

  it('never repeats more than asked, keeps as many repeats as fit, and changes nothing else', () => {
    fc.assert(
      fc.property(tween, (config) => {
        const calmed = calm(config);
        if (config.repeat >= 0) expect(calmed.repeat).toBeLessThanOrEqual(config.repeat);
        // One more repeat would not have fitted (or was not asked for).
        const oneMore = { ...calmed, repeat: calmed.repeat + 1 };
        const asked = config.repeat < 0 || calmed.repeat < config.repeat;
        if (asked) expect(motionLength(oneMore)).toBeGreaterThan(MOTION_LIMIT_MS);
        const { repeat: _r, ...rest } = calmed;
        const { repeat: _o, ...original } = config;
        expect(rest).toEqual(original);
      }),
    );
  });
});
