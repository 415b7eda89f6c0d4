/*
 * Turns the raw files of a lesson pack into a checked LessonPack, or into messages that name
 * the file and the field at fault. Pure: the caller reads the files (Vite at run time, node in
 * the content tests) and hands over parsed JSON keyed by path.
 */
import type { z } from 'zod';
import { type LessonPack, PackManifest, Scenario, type Stage } from './lessonPack';
import { questionsOf } from './questions';
import { screenProblems } from './screenContent';

export interface PackProblem {
  file: string;
  field: string;
  message: string;
}

export type PackResult = { ok: true; pack: LessonPack } | { ok: false; problems: PackProblem[] };

function problemsOf(file: string, error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.join('.') : '(whole file)',
    message: issue.message,
  }));
}

export function formatProblems(problems: PackProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

/**
 * @param manifestFile path of pack.json (for messages)
 * @param scenarioFiles path → parsed JSON of every scenarios/*.json
 */
export function loadPack(
  manifestFile: string,
  manifestJson: unknown,
  scenarioFiles: Record<string, unknown>,
): PackResult {
  const problems: PackProblem[] = [];
  const manifest = PackManifest.safeParse(manifestJson);
  if (!manifest.success) problems.push(...problemsOf(manifestFile, manifest.error));

  const scenarios: Scenario[] = [];
  const seen = new Map<string, string>();
  for (const [file, json] of Object.entries(scenarioFiles).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = Scenario.safeParse(json);
    if (!parsed.success) {
      problems.push(...problemsOf(file, parsed.error));
      continue;
    }
    const scenario = parsed.data;
    const other = seen.get(scenario.id);
    if (other) {
      problems.push({ file, field: 'id', message: `"${scenario.id}" is already used by ${other}` });
      continue;
    }
    if (manifest.success && !manifest.data.agreement.promises.some((p) => p.id === scenario.promise)) {
      problems.push({
        file,
        field: 'promise',
        message: `"${scenario.promise}" is not a promise of pack ${manifest.data.id}`,
      });
      continue;
    }
    seen.set(scenario.id, file);
    if (scenario.mechanic === 'sort') {
      const bins = new Set(scenario.bins.map((b) => b.id));
      scenario.items.forEach((item, i) => {
        if (!bins.has(item.bin)) {
          problems.push({ file, field: `items.${i}.bin`, message: `"${item.bin}" is not one of the bins` });
        }
      });
    }
    // Only a screen set at a step, or one that a choice turns off, needs the steps to check.
    const screens = Object.entries(scenario.onScreen ?? {});
    if (screens.some(([at, content]) => at !== 'intro' || content.offWhen.length > 0)) {
      const steps = questionsOf(scenario).map((q) => ({ id: q.id, choiceIds: q.choices.map((c) => c.id) }));
      for (const p of screenProblems(scenario, steps)) problems.push({ file, ...p });
    }
    scenarios.push(scenario);
  }
  if (problems.length || !manifest.success) return { ok: false, problems };
  const order = manifest.data.agreement.promises.map((p) => p.id);
  scenarios.sort((a, b) => order.indexOf(a.promise) - order.indexOf(b.promise) || a.difficulty - b.difficulty);
  return { ok: true, pack: { manifest: manifest.data, scenarios } };
}

/** Whether a scenario is for a class of this stage (see `scenariosFor`). */
function forStage(scenario: Scenario, stage?: Stage): boolean {
  return !(stage === 'LKS2' && scenario.difficulty === 3) && !(stage === 'UKS2' && scenario.difficulty === 1);
}

/**
 * The scenarios a class plays for one promise. KS2 statements come in a lower (Y3-4) and an
 * upper (Y5-6) version: difficulty 1 is for lower KS2 only, 3 for upper KS2 only, 2 for both.
 * Any other stage (and a mixed KS2 class) plays them all. Check-back scenarios are left out:
 * they are kept for a later day's check-back round (`checkBackScenariosFor`).
 */
export function scenariosFor(pack: LessonPack, promiseId: string, stage?: Stage): Scenario[] {
  return pack.scenarios.filter((s) => s.promise === promiseId && !s.checkBack && forStage(s, stage));
}

/** The check-back scenarios of one promise for a class of this stage, by the same stage rule. */
export function checkBackScenariosFor(pack: LessonPack, promiseId: string, stage?: Stage): Scenario[] {
  return pack.scenarios.filter((s) => s.promise === promiseId && s.checkBack === true && forStage(s, stage));
}
