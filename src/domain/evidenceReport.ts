/*
 * The evidence a school hands an inspector for one class: for every strand of Education for a
 * Connected World, each of the four Cs and each element of the Welsh DCF Citizenship strand
 * (src/domain/curriculum), which promises teach it, when the class played them, how many pupils
 * are secure (understanding rule v2, whose version the report carries), the wrong beliefs seen,
 * and who has signed. A strand no promise teaches is still a row: a gap is evidence too.
 *
 * Pure and order-free: the same records in any order give the same report (answers are judged
 * by src/domain/understanding, dates are minimum and maximum, pupils are counted as sets), and
 * no count can exceed the class, because only the class's pupils are ever counted.
 */

import { type Cell, toCsv } from './csv';
import { FRAMEWORK_STRANDS, FRAMEWORKS, type Framework } from './curriculum';
import type { LessonPack, Stage } from './lessonPack';
import { beliefIndex, packProgress, signedLevels } from './packProgress';
import type { AcknowledgementRecord, AttemptRecord, PupilRecord } from './records';
import { localDay, type PromiseProgress, UNDERSTANDING_RULE_VERSION } from './understanding';

export interface PromiseEvidence {
  promiseId: string;
  /** Local calendar days (YYYY-MM-DD) of the class's first and latest answer to it. */
  firstPlayed: string | undefined;
  lastPlayed: string | undefined;
  /** Pupils with at least one answer to it. */
  played: number;
  secure: number;
}

/** A wrong belief (a pack's misconception id) met in a strand's promises. */
export interface BeliefSeen {
  misconceptionId: string;
  /** Pupils who chose it at a first try. */
  chosenBy: number;
  /** Pupils who hold it now, by the rule (the same belief twice, not put right since). */
  heldBy: number;
}

export interface StrandEvidence {
  framework: Framework;
  strand: string;
  /** In the agreement's order. */
  promiseIds: string[];
  firstPlayed: string | undefined;
  lastPlayed: string | undefined;
  /** Pupils secure in every promise of the strand (none when no promise teaches it). */
  secure: number;
  misconceptions: BeliefSeen[];
  /** Pupils whose latest agreement ticks every promise of the strand, by name. */
  signed: PupilRecord[];
  /** Of those, how many were secure in every one of them when they signed. */
  signedWhenSecure: number;
  /** Pupils whose latest agreement asks to talk to the teacher first about one of them. */
  talkFirst: PupilRecord[];
  notSigned: PupilRecord[];
}

export interface EvidenceReport {
  packId: string;
  packVersion: string;
  agreementId: string;
  stage: Stage;
  ruleVersion: number;
  pupils: number;
  firstPlayed: string | undefined;
  lastPlayed: string | undefined;
  promises: PromiseEvidence[];
  /** Every strand of every framework, in FRAMEWORKS order, then each framework's own order. */
  strands: StrandEvidence[];
}

export interface EvidenceOptions {
  /** The calendar day of an ISO time; the device's local date unless a test says otherwise. */
  dayOf?: (iso: string) => string;
}

const byName = (a: PupilRecord, b: PupilRecord) =>
  a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function minMax(values: Iterable<string>): [string | undefined, string | undefined] {
  let low: string | undefined;
  let high: string | undefined;
  for (const v of values) {
    if (low === undefined || v < low) low = v;
    if (high === undefined || v > high) high = v;
  }
  return [low, high];
}

interface PupilEvidence {
  pupil: PupilRecord;
  progress: Map<string, PromiseProgress>;
  latest: AcknowledgementRecord | undefined;
  /** Each item's level when the latest agreement was signed, as kept with it (`signedLevels`). */
  levelAtSigning: ReadonlyMap<string, string> | undefined;
}

export function evidenceReport(
  pack: LessonPack,
  stage: Stage,
  pupils: readonly PupilRecord[],
  attempts: readonly AttemptRecord[],
  acknowledgements: readonly AcknowledgementRecord[],
  options: EvidenceOptions = {},
): EvidenceReport {
  const dayOf = options.dayOf ?? localDay;
  const packId = pack.manifest.id;
  const agreement = pack.manifest.agreement;
  const inClass = new Map(pupils.map((p) => [p.id, p]));
  const attemptsOf = new Map<string, AttemptRecord[]>();
  /** Earliest and latest answer time per promise. */
  const times = new Map<string, [string, string]>();
  const playedBy = new Map<string, Set<string>>();
  for (const a of attempts) {
    if (a.packId !== packId || !inClass.has(a.pupilId)) continue;
    const list = attemptsOf.get(a.pupilId);
    if (list) list.push(a);
    else attemptsOf.set(a.pupilId, [a]);
    const span = times.get(a.promiseId);
    if (!span) times.set(a.promiseId, [a.at, a.at]);
    else {
      if (a.at < span[0]) span[0] = a.at;
      if (a.at > span[1]) span[1] = a.at;
    }
    const who = playedBy.get(a.promiseId);
    if (who) who.add(a.pupilId);
    else playedBy.set(a.promiseId, new Set([a.pupilId]));
  }
  const latestOf = new Map<string, AcknowledgementRecord>();
  for (const ack of acknowledgements) {
    if (ack.agreementId !== agreement.id || !inClass.has(ack.pupilId)) continue;
    const held = latestOf.get(ack.pupilId);
    if (!held || ack.signedAt > held.signedAt || (ack.signedAt === held.signedAt && ack.id > held.id))
      latestOf.set(ack.pupilId, ack);
  }
  const judge = { beliefs: beliefIndex(pack), dayOf };
  const evidence: PupilEvidence[] = [...inClass.values()].map((pupil) => {
    const mine = attemptsOf.get(pupil.id) ?? [];
    const latest = latestOf.get(pupil.id);
    return {
      pupil,
      progress: packProgress(pack, mine, stage, judge),
      latest,
      levelAtSigning:
        latest && new Map(signedLevels(latest, pack, mine, stage, judge).levels.items.map((i) => [i.id, i.level])),
    };
  });
  const isSecure = (progress: Map<string, PromiseProgress> | undefined, id: string) =>
    progress?.get(id)?.understanding === 'secure';

  const promises = agreement.promises.map((p): PromiseEvidence => {
    const span = times.get(p.id);
    return {
      promiseId: p.id,
      firstPlayed: span && dayOf(span[0]),
      lastPlayed: span && dayOf(span[1]),
      played: playedBy.get(p.id)?.size ?? 0,
      secure: evidence.filter((e) => isSecure(e.progress, p.id)).length,
    };
  });
  const promiseEvidence = new Map(promises.map((p) => [p.promiseId, p]));

  const strands = FRAMEWORKS.flatMap((framework) =>
    FRAMEWORK_STRANDS[framework].map((strand): StrandEvidence => {
      const promiseIds = agreement.promises
        .filter((p) => (p[framework] as readonly string[]).includes(strand))
        .map((p) => p.id);
      const taught = promiseIds.length > 0;
      const [firstPlayed] = minMax(promiseIds.flatMap((id) => promiseEvidence.get(id)?.firstPlayed ?? []));
      const [, lastPlayed] = minMax(promiseIds.flatMap((id) => promiseEvidence.get(id)?.lastPlayed ?? []));
      const chosen = new Map<string, Set<string>>();
      const held = new Map<string, Set<string>>();
      const note = (into: Map<string, Set<string>>, id: string, pupilId: string) => {
        const set = into.get(id);
        if (set) set.add(pupilId);
        else into.set(id, new Set([pupilId]));
      };
      for (const e of evidence)
        for (const id of promiseIds) {
          const progress = e.progress.get(id);
          for (const answer of progress?.evidence ?? [])
            if (!answer.correct && answer.misconception) note(chosen, answer.misconception, e.pupil.id);
          for (const belief of progress?.misconceptions ?? [])
            if (belief.misconceptionId) note(held, belief.misconceptionId, e.pupil.id);
        }
      const misconceptions = [...new Set([...chosen.keys(), ...held.keys()])]
        .map((id) => ({ misconceptionId: id, chosenBy: chosen.get(id)?.size ?? 0, heldBy: held.get(id)?.size ?? 0 }))
        .sort(
          (a, b) =>
            b.chosenBy - a.chosenBy ||
            b.heldBy - a.heldBy ||
            (a.misconceptionId < b.misconceptionId ? -1 : a.misconceptionId > b.misconceptionId ? 1 : 0),
        );
      const signedAll = (e: PupilEvidence) =>
        taught && e.latest !== undefined && promiseIds.every((id) => e.latest?.itemsTicked.includes(id));
      const signed = evidence.filter(signedAll);
      return {
        framework,
        strand,
        promiseIds,
        firstPlayed,
        lastPlayed,
        secure: taught ? evidence.filter((e) => promiseIds.every((id) => isSecure(e.progress, id))).length : 0,
        misconceptions,
        signed: signed.map((e) => e.pupil).sort(byName),
        signedWhenSecure: signed.filter((e) => promiseIds.every((id) => e.levelAtSigning?.get(id) === 'secure')).length,
        talkFirst: evidence
          .filter((e) => taught && promiseIds.some((id) => e.latest?.itemsToDiscuss.includes(id)))
          .map((e) => e.pupil)
          .sort(byName),
        notSigned: taught
          ? evidence
              .filter((e) => !signedAll(e))
              .map((e) => e.pupil)
              .sort(byName)
          : [],
      };
    }),
  );
  const [firstPlayed] = minMax(promises.flatMap((p) => p.firstPlayed ?? []));
  const [, lastPlayed] = minMax(promises.flatMap((p) => p.lastPlayed ?? []));
  return {
    packId,
    packVersion: pack.manifest.version,
    agreementId: agreement.id,
    stage,
    ruleVersion: UNDERSTANDING_RULE_VERSION,
    pupils: inClass.size,
    firstPlayed,
    lastPlayed,
    promises,
    strands,
  };
}

/** The words of the CSV, in the device's language (the screen passes them from i18next). */
export interface EvidenceWords {
  /** The column names, EVIDENCE_COLUMNS.length of them. */
  header: readonly string[];
  framework: (framework: Framework) => string;
  strand: (framework: Framework, strand: string) => string;
  promise: (promiseId: string) => string;
  belief: (misconceptionId: string) => string;
  /** "ALLOWED: 3 of 30 secure" */
  promiseSecure: (promise: string, secure: number, total: number) => string;
  /** "Thinks …: chosen by 3, still held by 1" */
  beliefSeen: (belief: string, chosenBy: number, heldBy: number) => string;
}

/** What each column holds (the header's words come from EvidenceWords). */
export const EVIDENCE_COLUMNS = [
  'framework',
  'strand',
  'promises',
  'firstPlayed',
  'lastPlayed',
  'pupils',
  'secure',
  'secureByPromise',
  'misconceptions',
  'signed',
  'signedWhenSecure',
  'signedNames',
  'talkFirst',
  'notSigned',
  'rule',
] as const;

const names = (pupils: readonly PupilRecord[]) => pupils.map((p) => p.displayName).join('; ');

/** One row per strand, cells in EVIDENCE_COLUMNS order. */
export function evidenceRows(report: EvidenceReport, words: EvidenceWords): Cell[][] {
  const byId = new Map(report.promises.map((p) => [p.promiseId, p]));
  return report.strands.map((s) => [
    words.framework(s.framework),
    words.strand(s.framework, s.strand),
    s.promiseIds.map(words.promise).join('; '),
    s.firstPlayed ?? '',
    s.lastPlayed ?? '',
    report.pupils,
    s.secure,
    s.promiseIds
      .map((id) => words.promiseSecure(words.promise(id), byId.get(id)?.secure ?? 0, report.pupils))
      .join('; '),
    s.misconceptions.map((m) => words.beliefSeen(words.belief(m.misconceptionId), m.chosenBy, m.heldBy)).join('; '),
    s.signed.length,
    s.signedWhenSecure,
    names(s.signed),
    names(s.talkFirst),
    names(s.notSigned),
    `v${report.ruleVersion}`,
  ]);
}

export function evidenceCsv(report: EvidenceReport, words: EvidenceWords): string {
  return toCsv(words.header, evidenceRows(report, words));
}
