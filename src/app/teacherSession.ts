/*
 * Whether the teacher area is open: in memory only, so a reload or a new tab always asks again.
 * It closes by itself whenever the teacher is not using it: after some minutes with no touch or
 * key (a device setting), when the tab has been hidden for more than a minute, and whenever a
 * page meant for others (the workshop QR code, the privacy notice, family pages) is opened.
 */
export const DEFAULT_IDLE_MINUTES = 5;
/** A tab hidden longer than this (the tablet put down, another app opened) comes back locked. */
export const HIDDEN_LIMIT_MS = 60 * 1000;

let unlocked = false;
let lastActivity = 0;
let idleMs = DEFAULT_IDLE_MINUTES * 60 * 1000;
let hiddenAt: number | null = null;

export const isUnlocked = (): boolean => unlocked && Date.now() - lastActivity < idleMs;

export function lockNow(): void {
  unlocked = false;
}

export function markUnlocked(): void {
  unlocked = true;
  lastActivity = Date.now();
}

export function setIdleMinutes(minutes: number): void {
  idleMs = minutes * 60 * 1000;
}

/**
 * Starts the watch once: activity keeps an open area open; `onLocked` is called when the area
 * has closed by itself, so a teacher page left on screen goes back to the passcode.
 */
export function watchTeacherSession(onLocked: () => void): void {
  const activity = () => {
    if (isUnlocked()) lastActivity = Date.now();
  };
  for (const type of ['pointerdown', 'keydown', 'input'] as const) document.addEventListener(type, activity, true);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') hiddenAt = Date.now();
    else {
      if (hiddenAt !== null && Date.now() - hiddenAt > HIDDEN_LIMIT_MS) lockNow();
      hiddenAt = null;
      onLocked();
    }
  });
  setInterval(onLocked, 5000);
}
