/*
 * What the ceremony and signing share: the pupil, pack, language, device and clock facts an
 * agreement record needs, around the screen's own words, answers, adults and signature, and
 * each item's level of understanding at this moment (kept with the record, never worked out again).
 */
import i18next from 'i18next';
import type { ChildContext } from '../../app/appContext';
import { prepareAcknowledgement, type SigningInput, type SigningResult } from '../../domain/agreement';
import type { LessonPack, Stage } from '../../domain/lessonPack';
import { packProgress } from '../../domain/packProgress';
import type { PupilRecord } from '../../domain/records';

export async function prepareAgreement(
  app: ChildContext,
  pupil: PupilRecord,
  pack: LessonPack,
  stage: Stage,
  parts: Pick<SigningInput, 'wording' | 'answers' | 'trustedAdults' | 'signature'>,
): Promise<SigningResult> {
  const attempts = await app.repos.attemptsOf(pupil.id);
  return prepareAcknowledgement({
    ...parts,
    pupilId: pupil.id,
    agreementId: pack.manifest.agreement.id,
    packVersion: pack.manifest.version,
    itemIds: pack.manifest.agreement.promises.map((p) => p.id),
    language: i18next.language,
    now: new Date(),
    // attemptsOf is oldest first: the last answer is the newest time this device has seen.
    latestKnownTime: attempts.at(-1)?.at,
    deviceId: app.settings.deviceId,
    progress: packProgress(pack, attempts, stage),
  });
}
