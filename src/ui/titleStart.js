/*
 * Written into index.html by the build (scripts/titlePrerender.ts), so it runs before the first
 * paint with no request, and before any module: shows the built-in title in the device's
 * language (its copy kept by src/app/titleLanguage.ts), and keeps a press made before the app
 * has loaded, which src/ui/titleScreen.ts then does. Plain script, no build step: it must be tiny.
 */
(() => {
  let lang = null;
  try {
    lang = localStorage.getItem('stay-safe-online.language');
  } catch {}
  let words;
  try {
    words = lang && JSON.parse(document.getElementById('title-words')?.textContent ?? '{}')[lang];
  } catch {}
  if (words) {
    for (const el of document.querySelectorAll('[data-t]')) el.textContent = words[el.dataset.t] ?? el.textContent;
    for (const el of document.querySelectorAll('[data-t-label]'))
      el.setAttribute('aria-label', words[el.dataset.tLabel] ?? el.getAttribute('aria-label'));
    for (const el of document.querySelectorAll('.language-switch [lang]'))
      el.setAttribute('aria-pressed', String(el.getAttribute('lang') === lang));
    document.documentElement.lang = lang;
  }
  const early = { action: null };
  window.__titleEarly = early;
  document.addEventListener(
    'click',
    (event) => {
      if (window.__titleLive) return;
      const button = event.target instanceof Element && event.target.closest('[data-action]');
      if (!button) return;
      early.action = button.getAttribute('data-action');
      button.setAttribute('aria-busy', 'true');
    },
    true,
  );
  document.documentElement.setAttribute('data-title-ready', '');
})();
