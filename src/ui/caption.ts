/*
 * The caption bar: every spoken line is shown here, with a button to hear it again. Screens
 * call `say()`; the caption and the voice always carry the same words.
 */
import i18next from 'i18next';
import { t } from '../app/i18n';
import { narrator } from '../audio/narrator';
import { h, icon } from './dom';

export class Caption {
  readonly el: HTMLElement;
  private readonly text: HTMLParagraphElement;
  private readonly replay: HTMLButtonElement;
  private line = '';

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

  /** Shows and speaks a line. */
  say(line: string): Promise<void> {
    this.line = line;
    this.text.textContent = line;
    this.relabel();
    return this.speak();
  }

  speak(): Promise<void> {
    return narrator.say(this.line, i18next.language);
  }
}
