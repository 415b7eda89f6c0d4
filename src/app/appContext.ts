/* What every screen is given: storage, the lock, the caption, and a way to move on. */
import type { SettingsRecord } from '../domain/records';
import type { ChildRepositories } from '../storage/childRepositories';
import type { PasscodeLock } from '../storage/passcodeLock';
import type { Repositories } from '../storage/repositories';
import type { Captions } from '../ui/caption';
import type { ScreenName } from './screens';

export interface AppContext {
  repos: Repositories;
  lock: PasscodeLock;
  settings: SettingsRecord;
  caption: Captions;
  /** The screen showing now (drawn again when the language changes). */
  current: ScreenName;
  go(screen: ScreenName): void;
  /** Shows a calm message for anything that went wrong, and logs the detail for a teacher. */
  fail(error: unknown): void;
  /**
   * Whether the screen given this context is still the one asked for. Once another screen has
   * been asked for (a tap on the map while this one was still loading), it speaks no line and
   * saves nothing of its own.
   */
  live(): boolean;
}

/**
 * What a child's screen is given: the same context, but storage is only what a child's play
 * needs (the school's repositories, or a guest's memory while a family plays at home).
 */
export interface ChildContext extends Omit<AppContext, 'repos'> {
  repos: ChildRepositories;
}
