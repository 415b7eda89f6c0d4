/*
 * Playing at home without a profile: the same screens and the same repositories, but the
 * guest's answers, place and promise live only in memory and are gone when the family
 * leaves. Nothing about a guest is ever written to IndexedDB.
 */
import {
  type AcknowledgementRecord,
  AttemptRecord,
  type ClassRecord,
  type PlaySession,
  type PupilRecord,
} from '../domain/records';
import { newId, type Repositories } from './repositories';

export function withGuest(repos: Repositories, guest: { klass: ClassRecord; pupil: PupilRecord }): Repositories {
  const attempts: AttemptRecord[] = [];
  const acknowledgements: AcknowledgementRecord[] = [];
  let session: PlaySession | undefined;
  const isGuest = (pupilId: string) => pupilId === guest.pupil.id;
  const overrides: Partial<Repositories> = {
    getPupil: async (id) => (isGuest(id) ? guest.pupil : repos.getPupil(id)),
    getClass: async (id) => (id === guest.klass.id ? guest.klass : repos.getClass(id)),
    recordAttempt: async (attempt) => {
      if (!isGuest(attempt.pupilId)) return repos.recordAttempt(attempt);
      const row = AttemptRecord.parse({ ...attempt, id: newId(), at: new Date().toISOString() });
      attempts.push(row);
      return row;
    },
    attemptsOf: async (id) => (isGuest(id) ? [...attempts] : repos.attemptsOf(id)),
    addAcknowledgement: async (record) => {
      if (!isGuest(record.pupilId)) return repos.addAcknowledgement(record);
      const row = { ...record, id: newId() };
      acknowledgements.push(row);
      return row;
    },
    acknowledgementsOf: async (id) => (isGuest(id) ? [...acknowledgements] : repos.acknowledgementsOf(id)),
    playSession: async () => session,
    savePlaySession: async (s) => {
      session = { ...s, id: 'current' };
    },
    clearPlaySession: async () => {
      session = undefined;
    },
  };
  return new Proxy(repos, {
    get(target, prop, receiver) {
      if (prop in overrides) return overrides[prop as keyof Repositories];
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
