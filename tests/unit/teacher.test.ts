import { describe, expect, it } from 'vitest';
import { type Backup, planMerge, readBackupJson, readBackupText } from '../../src/domain/backup';
import { attemptsCsv, summaryCsv } from '../../src/domain/classExports';
import { classSummary, reteachList } from '../../src/domain/classSummary';
import { csvCell, parseCsv, toCsv } from '../../src/domain/csv';
import { scenariosFor } from '../../src/domain/packLoader';
import { beliefIndex, shapeOf } from '../../src/domain/packProgress';
import type { AttemptRecord } from '../../src/domain/records';
import { generateSchool } from '../fixtures/school';
import { readPack } from '../helpers/contentFiles';

const read = readPack('ks1-safe');
if (!read.ok) throw new Error('ks1-safe does not load');
const pack = read.pack;
const empty = { classes: [], pupils: [], attemptIds: new Set<string>(), acknowledgementIds: new Set<string>() };

describe('CSV', () => {
  it('neutralises anything a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(evil).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('Ben K')).toBe('Ben K');
    expect(csvCell(-3)).toBe('-3');
  });

  it('starts with a BOM, ends lines with CRLF, and parses back to the same cells', () => {
    const rows = [
      ['Siôn "Sy" Ŵ', 'a,b', 'two\nlines', 3, true],
      ['Zoë', '', '  padded ', 0, false],
    ];
    const text = toCsv(['name', 'x', 'y', 'n', 'ok'], rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['name', 'x', 'y', 'n', 'ok'],
      ['Siôn "Sy" Ŵ', 'a,b', 'two\nlines', '3', 'yes'],
      ['Zoë', '', '  padded ', '0', 'no'],
    ]);
  });
});

describe('class summary', () => {
  const [device] = generateSchool(pack, { classes: 1, pupilsPerClass: 12, attemptsPerPupil: 60 }) as [Backup];
  const klass = device.classes[0]!;
  const summary = classSummary(pack, 'KS1', device.pupils, device.attempts, []);

  it('has a row per pupil', () => {
    expect(summary.pupils).toHaveLength(12);
    expect(summary.notYetAgreed).toHaveLength(12);
  });

  it('counts each pupil in the tally they belong to (numbers worked out by hand)', () => {
    // Five pupils (rule v2). Ava answers every ALLOWED step right first time, one on Monday and
    // the rest on Wednesday (secure), and every KIND step right on Monday (one day: developing);
    // Ben answers every ALLOWED step wrong, then right (no first try right: started); Cai answers
    // one ALLOWED step wrong and stops (started); Dev plays nothing; Eve chooses the same wrong
    // answer to ALLOWED's first question in two runs (misconception). So ALLOWED: 1 secure,
    // 2 started, 1 misconception, 1 not started; KIND: 1 developing, 4 not started.
    const pupils = ['Ava', 'Ben', 'Cai', 'Dev', 'Eve'].map((name, i) => ({
      ...device.pupils[0]!,
      id: `00000000-0000-4000-8000-00000000000${i}`,
      displayName: name,
    }));
    const [ava, ben, cai, , eve] = pupils as [
      (typeof pupils)[0],
      (typeof pupils)[0],
      (typeof pupils)[0],
      (typeof pupils)[0],
      (typeof pupils)[0],
    ];
    let n = 0;
    let day = 5;
    const at = () => new Date(Date.UTC(2026, 0, day, 10, 0, n)).toISOString();
    const answer = (
      pupilId: string,
      [promiseId, scenarioId, stepId]: readonly [string, string, string],
      correct: boolean,
      firstTry: boolean,
      run = '',
    ) => ({
      ...(device.attempts[0] as AttemptRecord),
      id: `0000000${n}-aaaa-4000-8000-${String(n++).padStart(12, '0')}`,
      at: at(),
      pupilId,
      packId: pack.manifest.id,
      promiseId,
      scenarioId,
      runId: `run-${pupilId}-${scenarioId}${run}`,
      stepId,
      choiceId: correct ? 'right' : 'wrong',
      correct,
      firstTry,
    });
    const stepsOf = (promiseId: string) =>
      scenariosFor(pack, promiseId, 'KS1').flatMap((s) =>
        shapeOf(s).stepIds.map((step) => [promiseId, s.id, step] as const),
      );
    const monday = [
      answer(ava.id, stepsOf('allowed')[0]!, true, true),
      ...stepsOf('kind').map((step) => answer(ava.id, step, true, true)),
      ...stepsOf('allowed').flatMap((step) => [answer(ben.id, step, false, true), answer(ben.id, step, true, false)]),
      answer(cai.id, stepsOf('allowed')[0]!, false, true),
      answer(eve.id, stepsOf('allowed')[0]!, false, true, '-1'),
      answer(eve.id, stepsOf('allowed')[0]!, false, true, '-2'),
    ];
    day = 7;
    const attempts: AttemptRecord[] = [
      ...monday,
      ...stepsOf('allowed')
        .slice(1)
        .map((step) => answer(ava.id, step, true, true)),
    ];
    expect(stepsOf('allowed').length).toBeGreaterThan(3);
    const tallies = Object.fromEntries(
      classSummary(pack, 'KS1', pupils, attempts, []).promises.map((p) => [p.promiseId, p.levels]),
    );
    const none = { secure: 0, 'needs-revisiting': 0, developing: 0, started: 0, misconception: 0, 'not-started': 0 };
    const expected = Object.fromEntries(
      pack.manifest.agreement.promises.map((p) => [
        p.id,
        p.id === 'allowed'
          ? { ...none, secure: 1, started: 2, misconception: 1, 'not-started': 1 }
          : p.id === 'kind'
            ? { ...none, developing: 1, 'not-started': 4 }
            : { ...none, 'not-started': 5 },
      ]),
    );
    expect(tallies).toEqual(expected);
    expect(classSummary(pack, 'KS1', pupils, attempts, []).pupils.map((p) => [p.pupil.displayName, p.secure])).toEqual([
      ['Ava', 1],
      ['Ben', 0],
      ['Cai', 0],
      ['Dev', 0],
      ['Eve', 0],
    ]);
  });

  it('lists what to reteach: most wrong first time, with the wrong answer most chose', () => {
    const attempts: AttemptRecord[] = ['p1', 'p2', 'p3', 'p4'].map((pupilId, i) => ({
      ...(device.attempts[0] as AttemptRecord),
      id: `a-${i}-xxxxxx`,
      pupilId,
      scenarioId: 'think-you-won-popup',
      stepId: 'prize',
      choiceId: i < 3 ? 'tap-prize' : 'ask',
      answerText: i < 3 ? 'Tap the prize' : 'Ask',
      correct: i === 3,
      firstTry: true,
    }));
    const [top] = reteachList(attempts);
    expect(top).toMatchObject({ scenarioId: 'think-you-won-popup', answered: 4, wrongFirstTime: 3 });
    expect(top?.commonWrong).toEqual({ choiceId: 'tap-prize', answerText: 'Tap the prize', count: 3 });
  });

  it('exports a summary CSV and an attempts CSV that parse back row for row', () => {
    const rows = parseCsv(summaryCsv(klass, summary));
    expect(rows).toHaveLength(13);
    expect(rows[1]?.[0]).toBe(
      device.pupils.slice().sort((a, b) => a.displayName.localeCompare(b.displayName))[0]?.displayName ?? rows[1]?.[0],
    );
    const attempts = parseCsv(attemptsCsv(klass, device.pupils, device.attempts));
    expect(attempts).toHaveLength(device.attempts.length + 1);
    expect(attempts[1]?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('names the understanding rule and each promise level with its date in the summary CSV', () => {
    const rows = parseCsv(summaryCsv(klass, summary));
    const header = rows[0] ?? [];
    const rule = header.indexOf('Understanding rule');
    const levels = header.indexOf('Understanding by promise');
    expect(rows.slice(1).map((r) => r[rule])).toEqual(Array(12).fill('v2'));
    expect(rows[1]?.[levels]).toMatch(
      /^allowed: (not-started|started|developing|secure|needs-revisiting|misconception)(, \d{4}-\d{2}-\d{2})?; check: /,
    );
  });

  it('counts the pupils who hold each tagged wrong belief, most first', () => {
    const beliefs = beliefIndex(pack);
    const tagged = [...beliefs].flatMap(([key, choices]) =>
      [...choices].map(([choiceId, id]) => ({ key, choiceId, id })),
    );
    const secret = tagged.filter((x) => x.id === 'secret-is-fine');
    expect(secret.length).toBeGreaterThan(0);
    const scenarioOf = (key: string) => pack.scenarios.find((s) => key.startsWith(`${s.id}\u0000`))!;
    const answerTo = (pupilId: string, x: (typeof tagged)[number], run: string, second: number): AttemptRecord => {
      const scenario = scenarioOf(x.key);
      return {
        ...(device.attempts[0] as AttemptRecord),
        id: `${pupilId}-${run}-${second}-aaaaaaaa`,
        pupilId,
        promiseId: scenario.promise,
        scenarioId: scenario.id,
        stepId: x.key.slice(scenario.id.length + 1),
        runId: `${pupilId}-${run}`,
        choiceId: x.choiceId,
        correct: false,
        firstTry: true,
        at: new Date(Date.UTC(2026, 0, 5, 9, 0, second)).toISOString(),
      };
    };
    const pupils = device.pupils.slice(0, 4);
    // Three pupils choose a secret-is-fine answer in two runs; the fourth only once.
    const attempts = pupils.flatMap((p, i) => [
      answerTo(p.id, secret[0]!, 'r1', 1),
      ...(i < 3 ? [answerTo(p.id, secret.at(-1)!, 'r2', 2)] : []),
    ]);
    const seen = classSummary(pack, 'KS1', pupils, attempts, []);
    expect(seen.misconceptions.map((m) => [m.misconceptionId, m.pupils.map((p) => p.id)])).toEqual([
      ['secret-is-fine', pupils.slice(0, 3).map((p) => p.id)],
    ]);
    expect(seen.ruleVersion).toBe(2);
  });
});

describe('backups and merging devices', () => {
  const devices = generateSchool(pack, { classes: 2, pupilsPerClass: 5, attemptsPerPupil: 10 });

  it('plans everything as new on an empty device, and nothing the second time', () => {
    const first = planMerge(empty, devices, true);
    expect(first.pupils).toHaveLength(10);
    expect(first.attempts).toHaveLength(100);
    const here = {
      classes: first.classes,
      pupils: first.pupils,
      attemptIds: new Set(first.attempts.map((a) => a.id)),
      acknowledgementIds: new Set<string>(),
    };
    const again = planMerge(here, devices, true);
    expect([again.classes, again.pupils, again.attempts, again.acknowledgements].map((x) => x.length)).toEqual([
      0, 0, 0, 0,
    ]);
    expect(again.alreadyHere).toEqual({ classes: 2, pupils: 10, attempts: 100, acknowledgements: 0 });
  });

  it('offers the same class and pupil made on two tablets as a match, and merges their answers', () => {
    const [a] = devices as [Backup];
    const twin: Backup = {
      ...a,
      deviceId: 'device-twin',
      classes: a.classes.map((c) => ({ ...c, id: 'class-twin-0001', name: ` ${c.name.toUpperCase()} ` })),
      pupils: a.pupils.slice(0, 1).map((p) => ({ ...p, id: 'pupil-twin-0001', classId: 'class-twin-0001' })),
      attempts: [{ ...(a.attempts[0] as AttemptRecord), id: 'attempt-twin-0001', pupilId: 'pupil-twin-0001' }],
    };
    const here = planMerge(empty, [a], true);
    const device = {
      classes: here.classes,
      pupils: here.pupils,
      attemptIds: new Set(here.attempts.map((x) => x.id)),
      acknowledgementIds: new Set<string>(),
    };
    const merged = planMerge(device, [twin], true);
    expect(merged.classMatches).toHaveLength(1);
    expect(merged.pupilMatches).toHaveLength(1);
    expect(merged.classes).toEqual([]);
    expect(merged.pupils).toEqual([]);
    expect(merged.attempts[0]?.pupilId).toBe(a.pupils[0]?.id);
    const kept = planMerge(device, [twin], false);
    expect(kept.classes).toHaveLength(1);
    expect(kept.attempts[0]?.pupilId).toBe('pupil-twin-0001');
  });

  it('refuses files that are not ours, damaged, truncated or from a newer version, saying which', () => {
    const good = JSON.stringify(devices[0]);
    expect(readBackupText(good).ok).toBe(true);
    expect(readBackupText(good.slice(0, good.length / 2))).toEqual({ ok: false, problem: 'not-json' });
    expect(readBackupText('{"hello":"world"}')).toEqual({ ok: false, problem: 'not-ours' });
    expect(readBackupJson({ ...devices[0], formatVersion: 9 })).toEqual({ ok: false, problem: 'newer-version' });
    const scripted = { ...devices[0], pupils: [{ ...devices[0]?.pupils[0], displayName: 'x'.repeat(500) }] };
    expect(readBackupJson(scripted)).toMatchObject({ ok: false, problem: 'damaged' });
    expect(readBackupJson({ ...devices[0], attempts: [{ id: 1 }] })).toMatchObject({ ok: false, problem: 'damaged' });
  });
});
