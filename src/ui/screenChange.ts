/*
 * Told each time the router puts a new screen on the page, so something a screen started (the
 * microphone) can be let go of once its screen has gone.
 */
const EVENT = 'stay-safe:screen-changed';

export function announceScreenChange(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `listener` after every screen change, for as long as the page lives. */
export function onScreenChange(listener: () => void): void {
  window.addEventListener(EVENT, listener);
}

/** Calls `check` after every screen change until it returns true (it has done its job). */
export function whenScreenChanges(check: () => boolean): void {
  const listener = () => {
    if (check()) window.removeEventListener(EVENT, listener);
  };
  window.addEventListener(EVENT, listener);
}
