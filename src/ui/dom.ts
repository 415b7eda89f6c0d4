/*
 * Building DOM without innerHTML: every word reaches the page as text, so a pupil's name or a
 * school's wording can never become markup (no HTML injection anywhere).
 */
type Attrs = Record<string, string | number | boolean | undefined | EventListener>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name === 'class') el.className = String(value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** A picture from assets/icons; decorative unless given alt text. */
export function icon(name: string, alt = '', className = 'icon'): HTMLImageElement {
  // A missing picture must never break a scene: the words beside it carry the meaning.
  const img = h('img', { src: `icons/${name}.svg`, alt, class: className, draggable: 'false' });
  img.addEventListener('error', () => img.classList.add('missing'), { once: true });
  return img;
}
