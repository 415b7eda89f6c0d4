/*
 * What one screen's render is given: the app's context, except that once another screen has
 * been asked for, this one speaks no line and `live()` tells it to save nothing more. A render
 * overtaken by a newer one (a tap while a screen was still loading) then does nothing at all.
 */
import { type Captions, liveCaption } from '../ui/caption';
import type { AppContext } from './appContext';

/**
 * The context one screen's render is given: the app's own, except that once another screen
 * has been asked for, this one speaks no line (and `live()` tells it to save nothing more).
 */
export function screenContext(app: AppContext, caption: Captions, live: () => boolean): AppContext {
  return {
    get repos() {
      return app.repos;
    },
    set repos(repos) {
      app.repos = repos;
    },
    lock: app.lock,
    get settings() {
      return app.settings;
    },
    set settings(settings) {
      app.settings = settings;
    },
    caption: liveCaption(caption, live),
    get current() {
      return app.current;
    },
    set current(screen) {
      app.current = screen;
    },
    go: (screen) => app.go(screen),
    fail: (error) => app.fail(error),
    live,
  };
}
