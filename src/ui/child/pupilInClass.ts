/* The pupil who is playing, their class, and the pack the class plays: what every game screen starts from. */
import type { ChildContext } from '../../app/appContext';
import { PACK_FOR_STAGE } from '../../app/content';
import { narrator } from '../../audio/narrator';
import type { ClassRecord, PupilRecord } from '../../domain/records';
import { narrationFileName } from '../../domain/sha256';

export interface PupilInClass {
  pupil: PupilRecord;
  klass: ClassRecord;
  packId: string;
}

/** Undefined when the pupil or their class has gone (deleted by a teacher): back to the title. */
export async function pupilInClass(app: ChildContext, pupilId: string): Promise<PupilInClass | undefined> {
  const pupil = await app.repos.getPupil(pupilId);
  const klass = pupil && (await app.repos.getClass(pupil.classId));
  if (!pupil || !klass) {
    app.go({ name: 'title' });
    return undefined;
  }
  hearClassTeacher(app, klass.id);
  return { pupil, klass, packId: klass.packId || PACK_FOR_STAGE[klass.stage] || 'ks1-safe' };
}

/** The class teacher's own recordings are heard first, wherever this class's children are. */
export function hearClassTeacher(app: ChildContext, classId: string): void {
  narrator.teacherVoice = async (text, lang) =>
    (await app.repos.recording(classId, lang, narrationFileName(text)))?.audio;
}
