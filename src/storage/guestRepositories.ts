/*
 * Playing at home without a profile: the child's screens, given a store of their own that
 * keeps the guest's answers, promise, place and language in memory, gone when the family
 * leaves. It implements only ChildRepositories and forwards nothing, so nothing a guest does
 * can reach IndexedDB: the one thing it reads from the device is the school's published
 * wording, through the function it is given.
 */
import {
  AcknowledgementRecord,
  AttemptRecord,
  type ClassRecord,
  PlaySession,
  type PupilRecord,
  type SettingsRecord,
  type VoiceRecording,
} from '../domain/records';
import type { SchoolWording } from '../domain/schoolWording';
import type { ChildRepositories } from './childRepositories';
import { newId } from './repositories';

export interface Guest {
  klass: ClassRecord;
  pupil: PupilRecord;
}

export class GuestRepositories implements ChildRepositories {
  private readonly attempts: AttemptRecord[] = [];
  private readonly acknowledgements: AcknowledgementRecord[] = [];
  private session: PlaySession | undefined;
  private settings: SettingsRecord;

  constructor(
    private readonly guest: Guest,
    settings: SettingsRecord,
    private readonly publishedWordings: (packId: string) => Promise<SchoolWording[]>,
  ) {
    this.settings = { ...settings };
  }

  async listClasses(): Promise<ClassRecord[]> {
    return [this.guest.klass];
  }

  async getClass(id: string): Promise<ClassRecord | undefined> {
    return id === this.guest.klass.id ? this.guest.klass : undefined;
  }

  async listPupils(classId: string): Promise<PupilRecord[]> {
    return classId === this.guest.klass.id ? [this.guest.pupil] : [];
  }

  async getPupil(id: string): Promise<PupilRecord | undefined> {
    return id === this.guest.pupil.id ? this.guest.pupil : undefined;
  }

  async recordAttempt(attempt: Omit<AttemptRecord, 'id' | 'at'>): Promise<AttemptRecord> {
    const row = AttemptRecord.parse({ ...attempt, id: newId(), at: new Date().toISOString() });
    this.attempts.push(row);
    return row;
  }

  async attemptsOf(pupilId: string): Promise<AttemptRecord[]> {
    return this.attempts.filter((a) => a.pupilId === pupilId);
  }

  async addAcknowledgement(record: Omit<AcknowledgementRecord, 'id'>): Promise<AcknowledgementRecord> {
    const row = AcknowledgementRecord.parse({ ...record, id: newId() });
    this.acknowledgements.push(row);
    return row;
  }

  async acknowledgementsOf(pupilId: string): Promise<AcknowledgementRecord[]> {
    return this.acknowledgements.filter((a) => a.pupilId === pupilId);
  }

  /** A guest has no class teacher, so no teacher's recordings: the app's narration plays. */
  async recording(): Promise<VoiceRecording | undefined> {
    return undefined;
  }

  wordingsOf(packId: string): Promise<SchoolWording[]> {
    return this.publishedWordings(packId);
  }

  async playSession(): Promise<PlaySession | undefined> {
    return this.session;
  }

  async savePlaySession(session: Omit<PlaySession, 'id'>): Promise<void> {
    this.session = PlaySession.parse({ ...session, id: 'current' });
  }

  async clearPlaySession(): Promise<void> {
    this.session = undefined;
  }

  async updateSettings(patch: Partial<Omit<SettingsRecord, 'id' | 'deviceId'>>): Promise<SettingsRecord> {
    this.settings = { ...this.settings, ...patch };
    return { ...this.settings };
  }
}
