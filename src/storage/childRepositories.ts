/*
 * What a child's screens may ask of storage, and nothing more: the school's Repositories give
 * it over IndexedDB, and Play at home's guest store (guestRepositories.ts) gives it in memory.
 * A screen typed against this cannot reach a teacher's write (a class, a delete, a backup).
 */
import type {
  AcknowledgementRecord,
  AttemptRecord,
  ClassRecord,
  PlaySession,
  PupilRecord,
  SettingsRecord,
  VoiceRecording,
} from '../domain/records';
import type { SchoolWording } from '../domain/schoolWording';

export interface ChildRepositories {
  listClasses(): Promise<ClassRecord[]>;
  getClass(id: string): Promise<ClassRecord | undefined>;
  listPupils(classId: string): Promise<PupilRecord[]>;
  getPupil(id: string): Promise<PupilRecord | undefined>;
  recordAttempt(attempt: Omit<AttemptRecord, 'id' | 'at'>): Promise<AttemptRecord>;
  attemptsOf(pupilId: string): Promise<AttemptRecord[]>;
  addAcknowledgement(record: Omit<AcknowledgementRecord, 'id'>): Promise<AcknowledgementRecord>;
  acknowledgementsOf(pupilId: string): Promise<AcknowledgementRecord[]>;
  /** The class teacher's own recording of a line, heard instead of the app's narration. */
  recording(classId: string, lang: string, lineHash: string): Promise<VoiceRecording | undefined>;
  /** The school's published wordings of a pack, oldest first (see playablePack). */
  wordingsOf(packId: string): Promise<SchoolWording[]>;
  playSession(): Promise<PlaySession | undefined>;
  savePlaySession(session: Omit<PlaySession, 'id'>): Promise<void>;
  clearPlaySession(): Promise<void>;
  /** The language switch every child screen has. */
  updateSettings(patch: Partial<Omit<SettingsRecord, 'id' | 'deviceId'>>): Promise<SettingsRecord>;
}
