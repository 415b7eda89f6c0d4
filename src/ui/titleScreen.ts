/*
 * The title screen: Play, the language, and (small, out of the way) the teachers' door. The
 * build already put the same screen in index.html, so a child can press Play before this
 * module has loaded; the press is kept (assets/title-start.js) and done here once we can.
 */
import i18next from 'i18next';
import type { AppContext } from '../app/appContext';
import { LANGUAGES, languageName } from '../app/content';
import { switchLanguage, t } from '../app/i18n';
import { rememberTitleLanguage } from '../app/titleLanguage';
import { h } from './dom';
import { TITLE_WORD_KEYS, type TitleAction, type TitleWords, titleTree, type ViewNode } from './titleView';

function toDom(node: ViewNode, act: (action: TitleAction) => void): HTMLElement {
  const action = node.attrs?.['data-action'] as TitleAction | undefined;
  const el = h(node.tag, { ...node.attrs, onclick: action ? () => act(action) : undefined });
  if (node.tag === 'img') el.addEventListener('error', () => el.classList.add('missing'), { once: true });
  if (node.text !== undefined) el.append(node.text);
  for (const child of node.children ?? []) el.append(toDom(child, act));
  return el;
}

export async function titleScreen(app: AppContext): Promise<HTMLElement> {
  const classes = await app.repos.listClasses();
  const words = Object.fromEntries(TITLE_WORD_KEYS.map((k) => [k, t(k)])) as TitleWords;
  const act = async (action: TitleAction) => {
    if (action === 'play') {
      if (classes.length === 0) void app.caption.say(t('title.noClass'));
      else if (classes.length === 1 && classes[0]) app.go({ name: 'pupils', classId: classes[0].id });
      else app.go({ name: 'classes' });
    } else if (action === 'family') app.go({ name: 'family' });
    else if (action === 'privacy') app.go({ name: 'privacy', back: { name: 'title' } });
    else if (action === 'teachers') app.go({ name: (await app.lock.isSet()) ? 'unlock' : 'setup' });
    else {
      const lang = action.slice('language:'.length);
      await switchLanguage(lang);
      app.settings = await app.repos.updateSettings({ language: lang });
      rememberTitleLanguage(lang);
      app.go({ name: 'title' });
    }
  };
  const languages = LANGUAGES.map((lang) => ({ lang, name: languageName(lang) }));
  const screen =
    adoptBuiltInTitle(i18next.language, (a) => void act(a)) ??
    toDom(titleTree(words, i18next.language, languages), (a) => void act(a));
  if (classes.length === 0)
    screen.querySelector('[data-slot="hint"]')?.append(h('p', { class: 'hint', role: 'status' }, t('title.noClass')));
  return screen;
}

/**
 * The title the build wrote into index.html, if it is still on the page in this language: its
 * buttons are given their actions and it stays. Drawing it again would repaint the whole screen
 * a second later (a later largest paint, a layout shift) and swap the button under a finger.
 */
function adoptBuiltInTitle(lang: string, act: (action: TitleAction) => void): HTMLElement | null {
  const built = document.querySelector<HTMLElement>('#screen > .title-screen[data-built-in]');
  if (!built) return null;
  built.removeAttribute('data-built-in');
  if (document.documentElement.lang !== lang) return null;
  for (const button of built.querySelectorAll<HTMLElement>('[data-action]')) {
    const action = button.dataset.action as TitleAction;
    button.addEventListener('click', () => act(action));
    button.removeAttribute('aria-busy');
  }
  return built;
}

/** Puts a screen on the page; the kept built-in title is left where it is (see above). */
export function placeScreen(root: HTMLElement, screen: HTMLElement): void {
  if (screen.parentElement !== root) root.replaceChildren(screen);
  else for (const other of [...root.childNodes]) if (other !== screen) other.remove();
}

interface EarlyPress {
  action: TitleAction | null;
}

/**
 * Called once the app's own title is on the page: from now on its buttons answer, and a press
 * made on the built-in copy while the app was loading is done now, as if made on this one.
 */
export function takeOverTitle(screen: HTMLElement | undefined): void {
  const w = window as unknown as { __titleLive?: boolean; __titleEarly?: EarlyPress };
  w.__titleLive = true;
  const action = w.__titleEarly?.action;
  if (w.__titleEarly) w.__titleEarly.action = null;
  if (action && screen) screen.querySelector<HTMLElement>(`[data-action="${CSS.escape(action)}"]`)?.click();
}
