/*
 * Single-switch scanning. Many children who cannot point or type use one switch, which the
 * device sees as Space or Enter. With scanning on, the highlight (real keyboard focus) moves
 * through the things to press by itself; pressing the switch presses what is highlighted.
 * Focus speaks each choice already, so scanning is heard as well as seen.
 * The answers and "Next" come first in each round, the header (back, tell a grown-up) last.
 */
let timer: number | undefined;

function targets(root: HTMLElement): HTMLElement[] {
  const all = [
    ...root.querySelectorAll<HTMLElement>('button:not(:disabled), input:not(:disabled), [data-scan]'),
  ].filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden], [inert]'));
  const dialog = all.filter((el) => el.closest('dialog[open]'));
  if (dialog.length) return dialog;
  const isHeader = (el: HTMLElement) => Boolean(el.closest('header'));
  return [...all.filter((el) => !isHeader(el)), ...all.filter(isHeader)];
}

export function startScanning(intervalMs: number): void {
  stopScanning();
  document.documentElement.dataset.scanning = 'on';
  let lastRound: HTMLElement[] = [];
  timer = window.setInterval(() => {
    const round = targets(document.body);
    if (round.length === 0) return;
    const changed = round.length !== lastRound.length || round.some((el, i) => el !== lastRound[i]);
    lastRound = round;
    const at = changed ? -1 : round.indexOf(document.activeElement as HTMLElement);
    (round[(at + 1) % round.length] as HTMLElement).focus();
  }, intervalMs);
}

export function stopScanning(): void {
  if (timer !== undefined) window.clearInterval(timer);
  timer = undefined;
  delete document.documentElement.dataset.scanning;
}
