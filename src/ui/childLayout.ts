/* The frame of every child screen: a way home, a title, and "Tell a grown-up" always there. */
import { h, icon } from './dom';
import { languageToggle } from './languageToggle';
import { tellGrownUpButton } from './tellGrownUp';

/**
 * A key held down presses once. Its repeats would press whatever the next screen focuses (the
 * first answer, "See my stars"), answering or skipping for the child.
 */
function ignoreHeldKey(event: Event) {
  if (event instanceof KeyboardEvent && event.repeat && (event.key === 'Enter' || event.key === ' '))
    event.preventDefault();
}

export function childLayout(options: {
  title: string;
  back?: { label: string; onClick: () => void };
  body: (HTMLElement | null)[];
  className?: string;
}): HTMLElement {
  const back = options.back
    ? h(
        'button',
        { class: 'nav-button', type: 'button', onclick: options.back.onClick, 'aria-label': options.back.label },
        icon('left-arrow'),
      )
    : h('span', { class: 'nav-spacer' });
  return h(
    'div',
    { class: `child-screen ${options.className ?? ''}`, onkeydown: ignoreHeldKey },
    h(
      'header',
      { class: 'child-header' },
      back,
      h('h1', { class: 'screen-title', tabindex: '-1' }, options.title),
      languageToggle(),
      tellGrownUpButton(),
    ),
    h('div', { class: 'child-body' }, ...options.body),
  );
}
