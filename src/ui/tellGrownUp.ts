/*
 * "Tell a grown-up" is on every child screen. It calmly says to stop and tell a trusted adult
 * now, never asks what happened (the game never asks a child to type about an incident), and
 * returns to exactly where the child was.
 */
import i18next from 'i18next';
import { t } from '../app/i18n';
import { narrator } from '../audio/narrator';
import { h, icon } from './dom';
import { tellGrownUp } from './spokenLines';

export function tellGrownUpButton(): HTMLButtonElement {
  const button = h(
    'button',
    { class: 'tell-grown-up', type: 'button', onclick: () => openTellGrownUp(button) },
    icon('person-raising-hand'),
    h('span', {}, t('tell.button')),
  );
  return button;
}

function openTellGrownUp(opener: HTMLElement): void {
  const lines = [t('tell.stop'), t('tell.who'), t('tell.ok')];
  const close = h('button', { class: 'big-button', type: 'button' }, icon('left-arrow'), h('span', {}, t('tell.back')));
  const dialog = h(
    'dialog',
    { class: 'tell-dialog', 'aria-labelledby': 'tell-title' },
    h(
      'div',
      { class: 'tell-art' },
      icon('person-raising-hand', '', 'icon huge'),
      icon('woman-teacher', '', 'icon huge'),
    ),
    h('h2', { id: 'tell-title' }, t('tell.title')),
    ...lines.map((line) => h('p', {}, line)),
    close,
  );
  const finish = () => {
    narrator.stop();
    dialog.close();
    dialog.remove();
    opener.focus();
  };
  close.addEventListener('click', finish);
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    finish();
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
  void narrator.say(tellGrownUp(), i18next.language);
}
