/*
 * Single-switch scanning. Many children who cannot point or type use one switch, which the
 * device sees as Space or Enter. With scanning on, the highlight (real keyboard focus) moves
 * through the things to press by itself; pressing the switch presses what is highlighted, at
 * once on key-down (a held or bouncing switch presses once), and the scan starts its round
 * again from the first thing on the new screen. Focus speaks each choice already, so
 * scanning is heard as well as seen.
 * The answers and "Next" come first in each round, the header (back, tell a grown-up) last.
 */
let timer: number | undefined;
let interval = 2000;
let lastRound: HTMLElement[] = [];

function targets(root: HTMLElement): HTMLElement[] {
  const all = [
    ...root.querySelectorAll<HTMLElement>('button:not(:disabled), input:not(:disabled), select, summary, [data-scan]'),
  ].filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden], [inert]'));
  const dialog = all.filter((el) => el.closest('dialog[open]'));
  if (dialog.length) return dialog;
  const isHeader = (el: HTMLElement) => Boolean(el.closest('header'));
  return [...all.filter((el) => !isHeader(el)), ...all.filter(isHeader)];
}

function step(): void {
  const round = targets(document.body);
  if (round.length === 0) return;
  const changed = round.length !== lastRound.length || round.some((el, i) => el !== lastRound[i]);
  lastRound = round;
  const at = changed ? -1 : round.indexOf(document.activeElement as HTMLElement);
  (round[(at + 1) % round.length] as HTMLElement).focus();
}

function restart(): void {
  if (timer !== undefined) window.clearInterval(timer);
  timer = window.setInterval(step, interval);
}

function onSwitch(event: KeyboardEvent): void {
  if (event.key !== ' ' && event.key !== 'Enter') return;
  const focused = document.activeElement as HTMLElement | null;
  if (!focused || focused === document.body || focused instanceof HTMLTextAreaElement) return;
  if (focused instanceof HTMLInputElement && focused.type === 'text') return;
  if (focused instanceof HTMLSelectElement) return;
  event.preventDefault();
  if (event.repeat) return;
  focused.click();
  lastRound = [];
  restart();
}

export function startScanning(intervalMs: number): void {
  stopScanning();
  interval = intervalMs;
  document.documentElement.dataset.scanning = 'on';
  document.addEventListener('keydown', onSwitch, true);
  restart();
}

export function stopScanning(): void {
  if (timer !== undefined) window.clearInterval(timer);
  timer = undefined;
  document.removeEventListener('keydown', onSwitch, true);
  delete document.documentElement.dataset.scanning;
}
