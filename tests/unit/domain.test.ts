import { describe, expect, it } from 'vitest';
import { assignAvatars } from '../../src/domain/avatars';
import type { LessonPack } from '../../src/domain/lessonPack';
import { checkBackScenariosFor, formatProblems, loadPack, scenariosFor } from '../../src/domain/packLoader';
import { packProgress } from '../../src/domain/packProgress';
import { checkNewPasscode, lockoutSeconds } from '../../src/domain/passcodePolicy';
import { normaliseName, parsePupilList } from '../../src/domain/pupilList';
import { questionsOf, scenarioKeys } from '../../src/domain/questions';
import type { AttemptRecord } from '../../src/domain/records';
import { nextStepIndex } from '../../src/domain/resume';
import { promiseProgress, starsFor } from '../../src/domain/understanding';
import { fixtureManifest, fixtureScenario } from '../fixtures/packs';

let n = 0;
function attempt(scenarioId: string, stepId: string, correct: boolean, runId = 'run-1'): AttemptRecord {
  n++;
  return {
    id: `attempt-${n}`,
    pupilId: 'pupil-01',
    packId: 'fixture',
    packVersion: '1.0.0',
    promiseId: 'allowed',
    scenarioId,
    runId,
    stepId,
    choiceId: correct ? 'yes' : 'no',
    correct,
    firstTry: true,
    answerText: '',
    language: 'en-GB',
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
    deviceId: 'device-01',
  };
}

describe('loadPack()', () => {
  it('accepts a valid pack and orders its scenarios by promise', () => {
    const result = loadPack('pack.json', fixtureManifest, { 'a.json': fixtureScenario });
    expect(result.ok).toBe(true);
  });

  it('names the file and the field of a bad scenario', () => {
    const bad = {
      ...fixtureScenario,
      steps: [
        {
          id: 'only',
          art: [],
          choices: [
            { id: 'a', icon: 'x', safe: false },
            { id: 'b', icon: 'y', safe: false },
          ],
        },
      ],
    };
    const result = loadPack('pack.json', fixtureManifest, { 'lessons/x/scenarios/bad.json': bad });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatProblems(result.problems)).toContain(
        'lessons/x/scenarios/bad.json: steps.0.choices: at least one choice must be safe',
      );
  });

  it('refuses a scenario for a promise the pack does not have, and a repeated id', () => {
    const result = loadPack('pack.json', fixtureManifest, {
      'a.json': { ...fixtureScenario, promise: 'nowhere' },
      'b.json': fixtureScenario,
      'c.json': fixtureScenario,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => `${p.file} ${p.field}`)).toEqual(['a.json promise', 'c.json id']);
  });

  it('refuses a pack.json that is not a pack', () => {
    const result = loadPack('pack.json', { hello: 'world' }, {});
    expect(result.ok).toBe(false);
  });
});

describe('scenariosFor() and checkBackScenariosFor()', () => {
  /** Normal and check-back scenarios of one promise at each KS2 difficulty, and one of another promise. */
  function ks2Pack(): LessonPack {
    const manifest = {
      ...fixtureManifest,
      stage: 'KS2',
      agreement: {
        ...fixtureManifest.agreement,
        promises: [
          ...fixtureManifest.agreement.promises,
          {
            id: 'other',
            icon: 'star',
            ecf: ['managing-online-information'],
            fourCs: ['content'],
            dcf: ['health-and-well-being'],
          },
        ],
      },
    };
    const files = Object.fromEntries(
      [
        { id: 'play-lower', difficulty: 1 },
        { id: 'play-both', difficulty: 2 },
        { id: 'play-upper', difficulty: 3 },
        { id: 'back-lower', difficulty: 1, checkBack: true },
        { id: 'back-both', difficulty: 2, checkBack: true },
        { id: 'back-upper', difficulty: 3, checkBack: true },
        { id: 'play-not-back', difficulty: 2, checkBack: false },
        { id: 'other-back', difficulty: 2, checkBack: true, promise: 'other' },
      ].map((s) => [`${s.id}.json`, { ...fixtureScenario, ...s }]),
    );
    const result = loadPack('pack.json', manifest, files);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    return result.pack;
  }
  const ids = (scenarios: { id: string }[]) => scenarios.map((s) => s.id).sort();

  it('leaves check-back scenarios out of normal play, at every stage', () => {
    const pack = ks2Pack();
    expect(ids(scenariosFor(pack, 'allowed'))).toEqual(['play-both', 'play-lower', 'play-not-back', 'play-upper']);
    expect(ids(scenariosFor(pack, 'allowed', 'LKS2'))).toEqual(['play-both', 'play-lower', 'play-not-back']);
    expect(ids(scenariosFor(pack, 'allowed', 'UKS2'))).toEqual(['play-both', 'play-not-back', 'play-upper']);
    expect(scenariosFor(pack, 'other')).toEqual([]);
  });

  it('lists only the check-back scenarios of that promise, by the same stage rule', () => {
    const pack = ks2Pack();
    expect(ids(checkBackScenariosFor(pack, 'allowed'))).toEqual(['back-both', 'back-lower', 'back-upper']);
    expect(ids(checkBackScenariosFor(pack, 'allowed', 'LKS2'))).toEqual(['back-both', 'back-lower']);
    expect(ids(checkBackScenariosFor(pack, 'allowed', 'UKS2'))).toEqual(['back-both', 'back-upper']);
    expect(ids(checkBackScenariosFor(pack, 'other', 'UKS2'))).toEqual(['other-back']);
  });

  it('does not count check-back scenarios in a promise played through', () => {
    const progress = packProgress(ks2Pack(), [], 'UKS2');
    expect(progress.get('allowed')?.scenariosTotal).toBe(3);
    expect(progress.get('other')?.scenariosTotal).toBe(0);
  });
});

describe('questionsOf()', () => {
  it('turns a traffic-light step into three lamps with one right answer', () => {
    const q = questionsOf({
      id: 't',
      promise: 'allowed',
      mechanic: 'traffic-light',
      difficulty: 1,
      place: 'home',
      steps: [{ id: 's', art: ['tablet'], answer: 'amber' }],
    });
    expect(q[0]?.choices.map((c) => [c.id, c.correct])).toEqual([
      ['green', false],
      ['amber', true],
      ['red', false],
    ]);
  });

  it('derives every text key from ids', () => {
    expect(scenarioKeys(fixtureScenario as never)).toContain('scenarios.fixture-one.steps.first.choices.yes.feedback');
  });
});

describe('promiseProgress()', () => {
  const shapes = [
    { id: 's1', stepIds: ['a', 'b'] },
    { id: 's2', stepIds: ['c'] },
  ];

  it('is not started with no answers', () => {
    expect(promiseProgress([], shapes).understanding).toBe('not-started');
  });

  it('counts stars from finished scenarios, whatever the level (rule v2: tests/unit/understanding.test.ts)', () => {
    const p = promiseProgress([attempt('s1', 'a', true), attempt('s1', 'b', true)], shapes);
    expect(p).toMatchObject({ understanding: 'developing', scenariosFinished: 1, ruleVersion: 2 });
    expect(starsFor(p)).toBe(2);
  });

  it('is not secure after one sitting, even with every scenario finished right first time', () => {
    const p = promiseProgress([attempt('s1', 'a', true), attempt('s1', 'b', true), attempt('s2', 'c', true)], shapes);
    expect(starsFor(p)).toBe(3);
    expect(p.understanding).toBe('developing');
  });
});

describe('nextStepIndex()', () => {
  it('resumes at the first step without a right answer in the run', () => {
    const attempts = [attempt('s1', 'a', false), attempt('s1', 'a', true), attempt('s1', 'b', false)];
    expect(nextStepIndex(attempts, 'run-1', ['a', 'b'])).toBe(1);
    expect(nextStepIndex(attempts, 'other-run', ['a', 'b'])).toBe(0);
  });
});

describe('parsePupilList()', () => {
  it('keeps a first name and initial only, and drops blank lines and repeats', () => {
    const r = parsePupilList('Amelia Jones\n\n  ben k \namelia  jones\nSiân Ŵyn-Pritchard\n😀 Zoë Ö');
    expect(r.names).toEqual(['Amelia J', 'ben K', 'Siân Ŵ', '😀 Ö']);
    expect(r.repeated).toEqual(['Amelia J']);
    expect(r.clashes).toEqual([]);
  });

  it('never keeps markup in a name', () => {
    expect(normaliseName('<script>alert(1)</script> Smith')).not.toMatch(/[<>]/);
  });

  it('copes with 500 lines', () => {
    const text = Array.from({ length: 500 }, (_, i) => `Pupil${i} X`).join('\n');
    expect(parsePupilList(text).names).toHaveLength(500);
  });
});

describe('assignAvatars()', () => {
  it('gives a class of 30 thirty different pictures, avoiding ones already taken', () => {
    const picked = assignAvatars(['cat-face'], 30);
    expect(new Set(picked).size).toBe(30);
    expect(picked).not.toContain('cat-face');
  });
});

describe('teacher passcode rules', () => {
  it('needs six characters, not too simple, typed the same twice', () => {
    expect(checkNewPasscode('12345', '12345')).toEqual({ ok: false, reason: 'too-short' });
    expect(checkNewPasscode('111111', '111111')).toEqual({ ok: false, reason: 'too-simple' });
    expect(checkNewPasscode('purple kite', 'purple kit')).toEqual({ ok: false, reason: 'mismatch' });
    expect(checkNewPasscode('purple kite', 'purple kite')).toEqual({ ok: true });
  });

  it('makes ten wrong guesses take over half an hour', () => {
    const waits = Array.from({ length: 10 }, (_, i) => lockoutSeconds(i + 1));
    expect(waits.slice(0, 2)).toEqual([0, 0]);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(1800);
  });
});
