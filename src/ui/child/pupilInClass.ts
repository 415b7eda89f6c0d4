/* The pupil who is playing, their class, and the pack the class plays: what every game screen starts from. */
import type { AppContext } from '../../app/appContext';
import { PACK_FOR_STAGE } from '../../app/content';
import type { ClassRecord, PupilRecord } from '../../domain/records';

export interface PupilInClass {
  pupil: PupilRecord;
  klass: ClassRecord;
  packId: string;
}

/** Undefined when the pupil or their class has gone (deleted by a teacher): back to the title. */
export async function pupilInClass(app: AppContext, pupilId: string): Promise<PupilInClass | undefined> {
  const pupil = await app.repos.getPupil(pupilId);
  const klass = pupil && (await app.repos.getClass(pupil.classId));
  if (!pupil || !klass) {
    app.go({ name: 'title' });
    return undefined;
  }
  return { pupil, klass, packId: klass.packId || PACK_FOR_STAGE[klass.stage] || 'ks1-safe' };
}
