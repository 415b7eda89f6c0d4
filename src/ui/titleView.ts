/*
 * The title screen as data, one source for both of its forms: the build writes it into
 * index.html as plain HTML (so Play shows, and takes a press, before any module has loaded),
 * and the running app draws the same tree as DOM. No DOM and no i18next here: the build runs it.
 */

/** The words the title screen shows, by the i18n key each comes from. */
export const TITLE_WORD_KEYS = [
  'app.name',
  'title.tagline',
  'title.play',
  'title.language',
  'title.teachers',
  'title.privacy',
  'family.playAtHome',
] as const;
export type TitleWords = Record<(typeof TITLE_WORD_KEYS)[number], string>;

export interface ViewNode {
  tag: 'div' | 'h1' | 'p' | 'button' | 'span' | 'img';
  attrs?: Record<string, string>;
  text?: string;
  children?: ViewNode[];
}

/** What each title button does, named so a press made before the app was ready can be replayed. */
export type TitleAction = 'play' | 'family' | 'teachers' | 'privacy' | `language:${string}`;

/** Words marked with their key, so the built-in title can be put in another language at once. */
const said = (tag: ViewNode['tag'], key: keyof TitleWords, words: TitleWords, attrs: Record<string, string> = {}) => ({
  tag,
  attrs: { ...attrs, 'data-t': key },
  text: words[key],
});

const picture = (name: string, className = 'icon'): ViewNode => ({
  tag: 'img',
  attrs: { src: `icons/${name}.svg`, alt: '', class: className, draggable: 'false' },
});
const button = (action: TitleAction, className: string, children: ViewNode[], attrs = {}): ViewNode => ({
  tag: 'button',
  attrs: { type: 'button', class: className, 'data-action': action, ...attrs },
  children,
});

export function titleTree(
  words: TitleWords,
  lang: string,
  languages: readonly { lang: string; name: string }[],
): ViewNode {
  return {
    tag: 'div',
    attrs: { class: 'title-screen' },
    children: [
      {
        tag: 'div',
        attrs: { class: 'title-art', 'aria-hidden': 'true' },
        children: [
          picture('tablet', 'icon title-tablet'),
          picture('shield', 'icon title-shield'),
          picture('glowing-star', 'icon title-star'),
        ],
      },
      said('h1', 'app.name', words, { class: 'screen-title', tabindex: '-1' }),
      said('p', 'title.tagline', words, { class: 'tagline' }),
      button('play', 'play-button', [picture('play-button', 'icon big'), said('span', 'title.play', words)]),
      // Filled by the app once it knows whether a class is set up; its room is kept so nothing moves.
      { tag: 'div', attrs: { class: 'title-hint-slot', 'data-slot': 'hint' } },
      button('family', 'language-button family-door', [picture('house'), said('span', 'family.playAtHome', words)]),
      {
        tag: 'div',
        attrs: {
          class: 'language-switch',
          role: 'group',
          'aria-label': words['title.language'],
          'data-t-label': 'title.language',
        },
        children: languages.map((l) => ({
          tag: 'button',
          attrs: {
            type: 'button',
            class: 'language-button',
            lang: l.lang,
            'aria-pressed': String(l.lang === lang),
            'data-action': `language:${l.lang}`,
          },
          text: l.name,
        })),
      },
      {
        tag: 'div',
        attrs: { class: 'title-doors' },
        children: [
          button('teachers', 'teacher-door', [picture('locked-with-key'), said('span', 'title.teachers', words)]),
          button('privacy', 'teacher-door', [picture('shield'), said('span', 'title.privacy', words)]),
        ],
      },
    ],
  };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The tree as HTML, every word and attribute escaped (for the build's index.html only).
 * `picture` may draw a picture in place (the build puts the SVG itself there: no request).
 */
export function toHtml(node: ViewNode, picture?: (img: ViewNode) => string | undefined): string {
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  if (node.tag === 'img') return picture?.(node) ?? `<img${attrs}>`;
  const inner =
    (node.text !== undefined ? escapeHtml(node.text) : '') +
    (node.children ?? []).map((child) => toHtml(child, picture)).join('');
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}
