/*
 * The one guard for every control that starts a save (sign, promise, create class, add pupils,
 * family profile, import, publish wording, save settings, recovery). While the save runs the
 * control is busy and further presses are ignored, so a double tap, a double click or a held
 * Enter makes exactly one record. It is marked busy with ARIA rather than `disabled`, so focus
 * stays where a keyboard or switch user left it.
 */

/**
 * What the save came to: 'done' keeps the control busy (the screen moves on, and a press still
 * queued must not save again); 'again' frees it (nothing was saved, or the save may be repeated).
 */
export type SaveOutcome = 'done' | 'again';

const busy = new WeakSet<EventTarget>();

function mark(control: HTMLElement, on: boolean): void {
  const targets =
    control instanceof HTMLFormElement ? [control, ...control.querySelectorAll('[type="submit"]')] : [control];
  for (const el of targets) {
    if (on) {
      el.setAttribute('aria-busy', 'true');
      el.setAttribute('aria-disabled', 'true');
    } else {
      el.removeAttribute('aria-busy');
      el.removeAttribute('aria-disabled');
    }
  }
}

export function isSaving(control: EventTarget): boolean {
  return busy.has(control);
}

/**
 * An event listener (a button's click, a form's submit) that runs `save` once at a time.
 * A save that throws frees the control and passes the error on to `onError`.
 */
export function saveOnce(
  save: (event: Event) => Promise<SaveOutcome | undefined>,
  onError: (error: unknown) => void = (error) => console.error(error),
): (event: Event) => void {
  return (event) => {
    if (event.type === 'submit') event.preventDefault();
    const control = event.currentTarget as HTMLElement | null;
    if (!control || busy.has(control)) return;
    busy.add(control);
    mark(control, true);
    const free = () => {
      busy.delete(control);
      mark(control, false);
    };
    save(event).then(
      (outcome) => {
        if (outcome !== 'done') free();
      },
      (error) => {
        free();
        onError(error);
      },
    );
  };
}
