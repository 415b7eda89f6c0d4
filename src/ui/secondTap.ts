/*
 * The second tap of a double tap presses nothing, on every screen. Children (and many grown-ups)
 * tap twice; by the second tap the first may have saved and moved on, and the second would press
 * whatever the next screen put under the finger: "Make my promise again", another child's
 * picture after "Play", a second "Stamp it!". Chromium counts such a tap in `detail`; a keyboard
 * or switch press has detail 0, and taps in different places count 1 each.
 */
function ignoreSecondTap(event: MouseEvent): void {
  if (event.detail > 1) {
    event.preventDefault();
    event.stopPropagation();
  }
}

/** Listens before any control below `root` does, for as long as the page lives. */
export function ignoreSecondTaps(root: HTMLElement): void {
  root.addEventListener('click', ignoreSecondTap, { capture: true });
}
