/*
 * Play at home without a profile. The child's screens get a guest store (memory only) in
 * place of the school's repositories until the family leaves play: the router puts the real
 * ones back on the title, family and teacher screens (boot.ts). The guest store has only the
 * child's methods, so anything else asked of it while a guest plays fails instead of writing.
 */
import { GuestRepositories } from '../storage/guestRepositories';
import { newId } from '../storage/repositories';
import type { AppContext, ChildContext } from './appContext';
import { t } from './i18n';

/** Starts a guest's game of `packId` and returns the guest pupil's id. */
export function startGuestPlay(app: AppContext, packId: string): string {
  const now = new Date().toISOString();
  const klass = {
    id: `family-guest-${newId()}`,
    name: t('family.title'),
    stage: 'family' as const,
    packId,
    trustedAdultsAtSchool: [],
    createdAt: now,
  };
  const pupil = { id: newId(), classId: klass.id, displayName: t('family.guestName'), avatar: 'house', createdAt: now };
  const real = app.repos;
  const child: ChildContext = app;
  child.repos = new GuestRepositories({ klass, pupil }, app.settings, (id) => real.wordingsOf(id));
  return pupil.id;
}
