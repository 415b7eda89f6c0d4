/*
 * The agreement a child makes at the end of the game (KS1/EYFS: a promise ceremony; KS2: a
 * signature), as pure rules. What a record proves is the exact wording shown, so the wording
 * is hashed and the hash is part of the version: a school that edits a word gets a new
 * version, and what each pupil signed before stays as they signed it.
 */
import { type AcknowledgementRecord, DisplayName, type Stroke } from './records';
import { sha256Hex } from './sha256';
import { type PromiseProgress, UNDERSTANDING_RULE_VERSION } from './understanding';

/** The grown-ups a child can pick at home, as pictures (the words are in `common:adults`). */
export const HOME_ADULTS = [
  { id: 'mum', icon: 'woman' },
  { id: 'dad', icon: 'man' },
  { id: 'grandma', icon: 'old-woman' },
  { id: 'grandad', icon: 'old-man' },
  { id: 'carer', icon: 'person' },
  { id: 'aunt', icon: 'woman-curly-hair' },
  { id: 'uncle', icon: 'man-beard' },
  { id: 'sibling', icon: 'person-curly-hair' },
  { id: 'someone-else', icon: 'bust-in-silhouette' },
] as const;

export function wordingHash(wording: readonly string[]): string {
  return sha256Hex(JSON.stringify(wording.map((line) => line.normalize('NFC').trim())));
}

/** The pack's version plus the first 8 hex digits of its wording: edited words, new version. */
export function wordingVersion(packVersion: string, hash: string): string {
  return `${packVersion}+${hash.slice(0, 8)}`;
}

export type Answer = 'agree' | 'discuss';

export interface SigningInput {
  pupilId: string;
  agreementId: string;
  packVersion: string;
  itemIds: readonly string[];
  wording: readonly string[];
  language: string;
  answers: ReadonlyMap<string, Answer>;
  trustedAdults: { school: string[]; home: string[] };
  signature: AcknowledgementRecord['signature'];
  now: Date;
  /** The newest time this device has recorded anything: a clock behind it is flagged. */
  latestKnownTime: string | undefined;
  deviceId: string;
  /** Each item's understanding now (from `packProgress`), kept with the record as it is at signing. */
  progress?: ReadonlyMap<string, Pick<PromiseProgress, 'understanding' | 'latestEvidenceAt'>>;
}

export type SignedLevels = NonNullable<AcknowledgementRecord['levels']>;

/** Each item's level and the date of its evidence, by the rule of today, to keep with a record. */
export function levelsAtSigning(
  itemIds: readonly string[],
  progress: ReadonlyMap<string, Pick<PromiseProgress, 'understanding' | 'latestEvidenceAt'>>,
): SignedLevels {
  return {
    ruleVersion: UNDERSTANDING_RULE_VERSION,
    items: itemIds.map((id) => {
      const p = progress.get(id);
      return { id, level: p?.understanding ?? 'not-started', evidenceAt: p?.latestEvidenceAt ?? null };
    }),
  };
}

/** Items agreed to that were not yet secure when signed: for the teacher, never a bar to signing. */
export function agreedBeforeSecure(ack: AcknowledgementRecord, levels: SignedLevels): string[] {
  const level = new Map(levels.items.map((i) => [i.id, i.level]));
  return ack.itemsTicked.filter((id) => level.has(id) && level.get(id) !== 'secure');
}

export type SigningProblem = 'items-unanswered' | 'no-trusted-adult' | 'no-signature';

export type SigningResult =
  | { ok: true; record: Omit<AcknowledgementRecord, 'id'> }
  | { ok: false; problem: SigningProblem; items?: string[] };

function hasInk(strokes: Stroke[]): boolean {
  return strokes.some((s) => s.length >= 2);
}

/** Checks everything before anything is saved: a half-made agreement is never a record. */
export function prepareAcknowledgement(input: SigningInput): SigningResult {
  const unanswered = input.itemIds.filter((id) => !input.answers.has(id));
  if (unanswered.length > 0) return { ok: false, problem: 'items-unanswered', items: unanswered };
  if (input.trustedAdults.school.length + input.trustedAdults.home.length === 0) {
    return { ok: false, problem: 'no-trusted-adult' };
  }
  const sig = input.signature;
  if (sig.kind === 'strokes' && !hasInk(sig.strokes)) return { ok: false, problem: 'no-signature' };
  if (sig.kind !== 'strokes' && !DisplayName.safeParse(sig.name).success) return { ok: false, problem: 'no-signature' };
  const hash = wordingHash(input.wording);
  const signedAt = input.now.toISOString();
  return {
    ok: true,
    record: {
      pupilId: input.pupilId,
      agreementId: input.agreementId,
      agreementVersion: wordingVersion(input.packVersion, hash),
      wordingHash: hash,
      wording: input.wording.map((line) => line.normalize('NFC').trim()),
      language: input.language,
      itemsTicked: input.itemIds.filter((id) => input.answers.get(id) === 'agree'),
      itemsToDiscuss: input.itemIds.filter((id) => input.answers.get(id) === 'discuss'),
      trustedAdults: input.trustedAdults,
      signature: sig,
      signedAt,
      // Keep the device's time (it is what the child saw) but say when it cannot be right.
      clockWarning: input.latestKnownTime !== undefined && signedAt < input.latestKnownTime,
      deviceId: input.deviceId,
      ...(input.progress ? { levels: levelsAtSigning(input.itemIds, input.progress) } : {}),
    },
  };
}
