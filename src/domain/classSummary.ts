/*
 * What a teacher sees of one class, computed from the records alone: each pupil's
 * understanding of each promise (rule v2, src/domain/understanding), how many pupils are at
 * each level per promise, what to reteach (the wrong beliefs pupils hold, then the questions
 * most pupils got wrong first time, with the wrong answer most of them chose), and who has not
 * yet made their promise or signed, with anything they want to talk about first.
 */
import { agreedBeforeSecure, levelsAtSigning } from './agreement';
import { type CheckBackStatus, checkBackCandidates, checkBackStatus } from './checkBack';
import { firstTries } from './firstTry';
import type { LessonPack, Stage } from './lessonPack';
import { localDate } from './localDate';
import { beliefIndex, packProgress, packProgressAt } from './packProgress';
import type { AcknowledgementRecord, AttemptRecord, PupilRecord } from './records';
import {
  type PromiseProgress,
  UNDERSTANDING_LEVELS,
  UNDERSTANDING_RULE_VERSION,
  type Understanding,
} from './understanding';

export interface PupilSummary {
  pupil: PupilRecord;
  progress: Map<string, PromiseProgress>;
  secure: number;
  scenariosPlayed: number;
  latest: AcknowledgementRecord | undefined;
  /**
   * Each promise's progress from the answers given by the time of the latest signing: worked out
   * only for a record made before levels were kept with it (see `signedLevels`).
   */
  atSigning: Map<string, PromiseProgress> | undefined;
  /** The latest check-back round's date, and whether one waits for the pupil today. */
  checkBack: CheckBackStatus;
}

export interface PromiseTally {
  promiseId: string;
  /** Pupils at each level. */
  levels: Record<Understanding, number>;
  secure: number;
}

/** A wrong belief (a pack's misconception id) held by pupils of the class now. */
export interface MisconceptionSeen {
  misconceptionId: string;
  /** The promises where they showed it, in the agreement's order. */
  promiseIds: string[];
  pupils: PupilRecord[];
}

export interface Reteach {
  promiseId: string;
  scenarioId: string;
  stepId: string;
  answered: number;
  wrongFirstTime: number;
  commonWrong: { choiceId: string; answerText: string; count: number } | undefined;
}

export interface ClassSummary {
  pupils: PupilSummary[];
  promises: PromiseTally[];
  /** Most pupils first. */
  misconceptions: MisconceptionSeen[];
  reteach: Reteach[];
  ruleVersion: number;
  notYetAgreed: PupilRecord[];
  toDiscuss: { pupil: PupilRecord; items: string[] }[];
  /** Statements agreed to (latest signing) that were not yet secure when signed. */
  agreedBeforeSecure: { pupil: PupilRecord; items: string[] }[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The questions most often answered wrong first time (at least `minAnswered` pupils). */
export function reteachList(attempts: readonly AttemptRecord[], limit = 5, minAnswered = 3): Reteach[] {
  const firsts = firstTries(attempts);
  const rows: Reteach[] = [];
  for (const group of groupBy(firsts, (a) => `${a.scenarioId}\u0000${a.stepId}`).values()) {
    const sample = group[0] as AttemptRecord;
    const pupils = new Set(group.map((a) => a.pupilId));
    const wrong = group.filter((a) => !a.correct);
    if (pupils.size < minAnswered || wrong.length === 0) continue;
    const byChoice = [...groupBy(wrong, (a) => a.choiceId).values()].sort((x, y) => y.length - x.length)[0];
    rows.push({
      promiseId: sample.promiseId,
      scenarioId: sample.scenarioId,
      stepId: sample.stepId,
      answered: group.length,
      wrongFirstTime: wrong.length,
      commonWrong: byChoice && {
        choiceId: (byChoice[0] as AttemptRecord).choiceId,
        answerText: (byChoice[0] as AttemptRecord).answerText,
        count: byChoice.length,
      },
    });
  }
  return rows
    .sort(
      (a, b) => b.wrongFirstTime / b.answered - a.wrongFirstTime / a.answered || b.wrongFirstTime - a.wrongFirstTime,
    )
    .slice(0, limit);
}

export function classSummary(
  pack: LessonPack,
  stage: Stage,
  pupils: readonly PupilRecord[],
  attempts: readonly AttemptRecord[],
  acknowledgements: readonly AcknowledgementRecord[],
  /** The device's local date: a check-back waits for a pupil whose answers are all from earlier days. */
  today: string = localDate(),
): ClassSummary {
  const inClass = new Set(pupils.map((p) => p.id));
  const inPack = attempts.filter((a) => a.packId === pack.manifest.id && inClass.has(a.pupilId));
  const attemptsOf = groupBy(inPack, (a) => a.pupilId);
  const agreementId = pack.manifest.agreement.id;
  const acksOf = groupBy(
    acknowledgements.filter((a) => a.agreementId === agreementId),
    (a) => a.pupilId,
  );
  const beliefs = beliefIndex(pack);
  const candidates = checkBackCandidates(pack, stage);
  const summaries = pupils.map((pupil): PupilSummary => {
    const mine = attemptsOf.get(pupil.id) ?? [];
    const progress = packProgress(pack, mine, stage, { beliefs });
    const acks = (acksOf.get(pupil.id) ?? []).slice().sort((a, b) => a.signedAt.localeCompare(b.signedAt));
    const latest = acks.at(-1);
    return {
      pupil,
      progress,
      atSigning: latest && !latest.levels ? packProgressAt(pack, mine, stage, latest.signedAt, { beliefs }) : undefined,
      secure: [...progress.values()].filter((p) => p.understanding === 'secure').length,
      scenariosPlayed: new Set(mine.map((a) => a.scenarioId)).size,
      latest,
      checkBack: checkBackStatus(pack, mine, stage, today, candidates),
    };
  });
  const promises = pack.manifest.agreement.promises.map((p): PromiseTally => {
    const levels = Object.fromEntries(UNDERSTANDING_LEVELS.map((l) => [l, 0])) as Record<Understanding, number>;
    for (const s of summaries) levels[s.progress.get(p.id)?.understanding ?? 'not-started']++;
    return { promiseId: p.id, levels, secure: levels.secure };
  });
  const seen = new Map<string, { promiseIds: Set<string>; pupils: Set<PupilRecord> }>();
  for (const s of summaries)
    for (const [promiseId, progress] of s.progress)
      for (const belief of progress.misconceptions) {
        if (!belief.misconceptionId) continue;
        const entry = seen.get(belief.misconceptionId) ?? {
          promiseIds: new Set<string>(),
          pupils: new Set<PupilRecord>(),
        };
        seen.set(belief.misconceptionId, entry);
        entry.promiseIds.add(promiseId);
        entry.pupils.add(s.pupil);
      }
  const order = pack.manifest.agreement.promises.map((p) => p.id);
  const misconceptions = [...seen]
    .map(([misconceptionId, e]) => ({
      misconceptionId,
      promiseIds: order.filter((id) => e.promiseIds.has(id)),
      pupils: [...e.pupils],
    }))
    .sort(
      (a, b) =>
        b.pupils.length - a.pupils.length ||
        (a.misconceptionId < b.misconceptionId ? -1 : a.misconceptionId > b.misconceptionId ? 1 : 0),
    );
  return {
    pupils: summaries,
    promises,
    misconceptions,
    reteach: reteachList(inPack),
    ruleVersion: UNDERSTANDING_RULE_VERSION,
    notYetAgreed: summaries.filter((s) => !s.latest).map((s) => s.pupil),
    toDiscuss: summaries
      .filter((s) => s.latest && s.latest.itemsToDiscuss.length > 0)
      .map((s) => ({ pupil: s.pupil, items: s.latest?.itemsToDiscuss ?? [] })),
    // As kept with the record when it was signed; worked out again only for a record older than that.
    agreedBeforeSecure: summaries.flatMap((s) => {
      const items = s.latest
        ? agreedBeforeSecure(s.latest, s.latest.levels ?? levelsAtSigning(order, s.atSigning ?? new Map()))
        : [];
      return items.length ? [{ pupil: s.pupil, items }] : [];
    }),
  };
}
