/* The two CSV files a teacher downloads for a class: one row per pupil, and every answer. */
import type { ClassSummary } from './classSummary';
import { toCsv } from './csv';
import type { AttemptRecord, ClassRecord, PupilRecord } from './records';
import { localDay } from './understanding';

export const SUMMARY_HEADER = [
  'Pupil',
  'Class',
  'Promises secure',
  'Promises in the agreement',
  'Scenarios played',
  'Agreed or signed on',
  'Agreement version',
  'Wording hash',
  'Talk to teacher first',
  'Trusted adults at school',
  'Trusted adults at home',
  'Understanding by promise',
  'Misconceptions held',
  'Understanding rule',
] as const;

/** `allowed: secure, 2026-09-07; kind: developing, 2026-09-05; …` (level ids, date of the latest evidence). */
function levelsCell(summary: ClassSummary['pupils'][number]): string {
  return [...summary.progress]
    .map(([id, p]) => `${id}: ${p.understanding}${p.latestEvidenceAt ? `, ${localDay(p.latestEvidenceAt)}` : ''}`)
    .join('; ');
}

export function summaryCsv(klass: ClassRecord, summary: ClassSummary): string {
  return toCsv(
    SUMMARY_HEADER,
    summary.pupils.map((s) => [
      s.pupil.displayName,
      klass.name,
      s.secure,
      s.progress.size,
      s.scenariosPlayed,
      s.latest?.signedAt ?? '',
      s.latest?.agreementVersion ?? '',
      s.latest?.wordingHash ?? '',
      s.latest?.itemsToDiscuss.join('; ') ?? '',
      s.latest?.trustedAdults.school.join('; ') ?? '',
      s.latest?.trustedAdults.home.join('; ') ?? '',
      levelsCell(s),
      [
        ...new Set(
          [...s.progress.values()].flatMap((p) =>
            p.misconceptions.map((m) => m.misconceptionId ?? `${m.scenarioId}/${m.stepId}: ${m.answerText}`),
          ),
        ),
      ].join('; '),
      `v${summary.ruleVersion}`,
    ]),
  );
}

export const ATTEMPTS_HEADER = [
  'Time',
  'Pupil',
  'Class',
  'Pack',
  'Pack version',
  'Promise',
  'Scenario',
  'Step',
  'Choice',
  'Answer as shown',
  'Right',
  'First try',
  'Language',
  'Device',
] as const;

export function attemptsCsv(
  klass: ClassRecord,
  pupils: readonly PupilRecord[],
  attempts: readonly AttemptRecord[],
): string {
  const names = new Map(pupils.map((p) => [p.id, p.displayName]));
  const rows = attempts
    .filter((a) => names.has(a.pupilId))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((a) => [
      a.at,
      names.get(a.pupilId),
      klass.name,
      a.packId,
      a.packVersion,
      a.promiseId,
      a.scenarioId,
      a.stepId,
      a.choiceId,
      a.answerText,
      a.correct,
      a.firstTry,
      a.language,
      a.deviceId,
    ]);
  return toCsv(ATTEMPTS_HEADER, rows);
}
