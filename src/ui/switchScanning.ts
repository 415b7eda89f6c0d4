/*
 * Single-switch scanning. Many children who cannot point or type use one switch, which the
 * device sees as Space or Enter. With scanning on, the highlight (real keyboard focus) moves
 * through the things to press by itself; pressing the switch presses what is highlighted, at
 * once on key-down (a held or bouncing switch presses once). Focus speaks each choice already,
 * so scanning is heard as well as seen.
 * Each press costs a child a wait, so the scan goes where the child is most likely heading:
 * - on a new screen it begins where the screen put focus (its first answer, "Next"), with a
 *   whole beat from the moment it appears, or at the thing marked data-scan-start (the next
 *   place on the map), else at the first thing;
 * - after a press that leaves the screen in place (a tick on a long page, a grown-up's
 *   picture) it carries on from the next thing, skipping the rest of an answered radio group;
 * - the answers and "Next" come first in each round, the header (back, tell a grown-up) last.
 * Text boxes and lists are left out (a switch cannot type); if someone else puts focus in
 * one, the scan waits rather than pull focus away while they type.
 */
let timer: number | undefined;
let interval = 2000;
/** What the switch pressed last: while it is still there, the scan carries on after it. */
let pressed: HTMLElement | undefined;
/** True while the scan itself moves focus, to tell its moves from the screen's. */
let moving = false;

const NOT_TYPED = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file', 'color', 'range']);

function takesTyping(el: Element | null): boolean {
  if (el instanceof HTMLInputElement) return !NOT_TYPED.has(el.type);
  return el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement)?.isContentEditable;
}

function targets(root: HTMLElement): HTMLElement[] {
  const all = [
    ...root.querySelectorAll<HTMLElement>('button:not(:disabled), input:not(:disabled), summary, [data-scan]'),
  ]
    .filter((el) => !takesTyping(el))
    .filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden], [inert]'));
  const dialog = all.filter((el) => el.closest('dialog[open]'));
  if (dialog.length) return dialog;
  const isHeader = (el: HTMLElement) => Boolean(el.closest('header'));
  return [...all.filter((el) => !isHeader(el)), ...all.filter(isHeader)];
}

/** The one after `from`, past the other buttons of the radio group just answered. */
function after(round: HTMLElement[], from: HTMLElement, skipGroup: boolean): HTMLElement {
  let at = round.indexOf(from) + 1;
  const group = skipGroup && from instanceof HTMLInputElement && from.type === 'radio' ? from.name : undefined;
  while (group && at < round.length) {
    const next = round[at];
    if (!(next instanceof HTMLInputElement && next.type === 'radio' && next.name === group)) break;
    at++;
  }
  return round[at % round.length] as HTMLElement;
}

function highlight(el: HTMLElement): void {
  moving = true;
  el.focus({ preventScroll: true });
  moving = false;
  // A statement's words sit beside its answers: bring the whole row into view, and only when
  // it is not already comfortably on screen, so the page does not jump at every step.
  const shown = el.closest('li') ?? el;
  const box = shown.getBoundingClientRect();
  const margin = Math.min(80, window.innerHeight / 8);
  if (box.top >= margin && box.bottom <= window.innerHeight - margin) return;
  const smooth = document.documentElement.dataset.motion !== 'reduced';
  shown.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

function step(): void {
  const active = document.activeElement as HTMLElement | null;
  if (takesTyping(active)) return;
  const round = targets(document.body);
  if (round.length === 0) return;
  const justPressed = pressed;
  pressed = undefined;
  const here = active && round.includes(active) ? active : undefined;
  const start = round.find((el) => el.hasAttribute('data-scan-start')) ?? (round[0] as HTMLElement);
  highlight(here ? after(round, here, here === justPressed) : start);
}

/** The screen moved focus (a new question's first answer): it gets a whole beat from now. */
function onFocusMoved(): void {
  if (!moving) restart();
}

function restart(): void {
  if (timer !== undefined) window.clearInterval(timer);
  timer = window.setInterval(step, interval);
}

function onSwitch(event: KeyboardEvent): void {
  if (event.key !== ' ' && event.key !== 'Enter') return;
  const focused = document.activeElement as HTMLElement | null;
  if (!focused || focused === document.body || takesTyping(focused)) return;
  event.preventDefault();
  if (event.repeat) return;
  focused.click();
  pressed = focused;
  restart();
}

export function startScanning(intervalMs: number): void {
  stopScanning();
  interval = intervalMs;
  document.documentElement.dataset.scanning = 'on';
  document.addEventListener('keydown', onSwitch, true);
  document.addEventListener('focusin', onFocusMoved);
  restart();
}

export function stopScanning(): void {
  if (timer !== undefined) window.clearInterval(timer);
  timer = undefined;
  document.removeEventListener('keydown', onSwitch, true);
  document.removeEventListener('focusin', onFocusMoved);
  delete document.documentElement.dataset.scanning;
}
