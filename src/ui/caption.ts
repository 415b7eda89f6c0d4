/*
 * The caption bar: every spoken line is shown here, with a button to hear it again. Screens
 * call `say()` with a sequence of lines (see audio/spoken); the caption shows them joined and
 * the narrator speaks them one by one, so the caption and the voice carry the same words.
 */
import i18next from 'i18next';
import { t } from '../app/i18n';
import { narrator } from '../audio/narrator';
import { type Spoken, spokenText } from '../audio/spoken';
import { h, icon } from './dom';

/** What a screen uses of the caption: its bar to show, and lines to say. */
export type Captions = Pick<Caption, 'el' | 'say' | 'speak' | 'relabel'>;

/** The caption as one screen sees it: silent once that screen is no longer the one asked for. */
export function liveCaption(caption: Captions, live: () => boolean): Captions {
  return {
    el: caption.el,
    say: (spoken) => (live() ? caption.say(spoken) : Promise.resolve()),
    speak: () => (live() ? caption.speak() : Promise.resolve()),
    relabel: () => caption.relabel(),
  };
}

export class Caption {
  readonly el: HTMLElement;
  private readonly text: HTMLParagraphElement;
  private readonly replay: HTMLButtonElement;
  private spoken: Spoken | string = '';
  private asked = 0;

  constructor() {
    this.text = h('p', { class: 'caption-text', 'aria-live': 'polite', 'data-testid': 'caption' });
    this.replay = h(
      'button',
      { class: 'replay', type: 'button', onclick: () => void this.speak() },
      icon('speaker-high-volume'),
      h('span', { class: 'visually-hidden' }, ''),
    );
    this.el = h('div', { class: 'caption' }, this.replay, this.text);
    narrator.onChange((speaking, source) => {
      this.el.toggleAttribute('data-speaking', speaking);
      // Which voice is speaking (a teacher's recording, the app's file or the device): for tests.
      this.el.dataset.voice = source;
    });
    this.relabel();
  }

  relabel(): void {
    const label = t('controls.hearAgain');
    this.replay.setAttribute('aria-label', label);
    this.replay.title = label;
  }

  /** Shows and speaks a sequence of lines (a plain string is one line). */
  say(spoken: Spoken | string): Promise<void> {
    this.spoken = spoken;
    this.text.textContent = spokenText(spoken);
    this.relabel();
    return this.speak();
  }

  speak(): Promise<void> {
    // For tests: what the caption has asked the narrator to say, and the last to have finished.
    const asked = String(++this.asked);
    this.el.dataset.asked = asked;
    return narrator.say(this.spoken, i18next.language).then(() => {
      this.el.dataset.heard = asked;
    });
  }
}
