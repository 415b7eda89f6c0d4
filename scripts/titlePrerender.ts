/*
 * A Vite plugin that writes the title screen into index.html, in every language the app has:
 * the default one in place, the others as templates that assets/title-start.js swaps in before
 * the first paint. The markup comes from src/ui/titleView.ts, the same tree the app draws.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { TITLE_WORD_KEYS, type TitleWords, titleTree, toHtml, type ViewNode } from '../src/ui/titleView.ts';

const DEFAULT_LANGUAGE = 'en-GB';

function wordsOf(localesDir: string, lang: string): TitleWords {
  const read = (file: string) => JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8'));
  const namespaces: Record<string, unknown> = read('common.json');
  const lookup = (key: string) =>
    key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], namespaces);
  return Object.fromEntries(
    TITLE_WORD_KEYS.map((key) => {
      const word = lookup(key);
      if (typeof word !== 'string') throw new Error(`locales/${lang}/common.json has no "${key}" for the title screen`);
      return [key, word];
    }),
  ) as TitleWords;
}

/**
 * A decorative picture drawn in place: the SVG file's own markup, marked hidden from screen
 * readers (the words beside it carry the meaning), so the title makes no picture requests.
 */
function inlinePicture(assetsDir: string) {
  return (img: ViewNode): string | undefined => {
    const src = img.attrs?.src;
    if (!src?.endsWith('.svg')) return undefined;
    const svg = readFileSync(join(assetsDir, src), 'utf8').trim();
    if (!svg.startsWith('<svg ')) return undefined;
    const className = (img.attrs?.class ?? 'icon').replace(/"/g, '');
    return svg.replace('<svg ', `<svg class="${className}" aria-hidden="true" focusable="false" `);
  };
}

/**
 * The first paint needs no request but the page: the title's styles and its start-up script
 * are written into it (the script allowed by its hash in the Content Security Policy).
 */
function inlineFirstPaint(html: string, bundle: Record<string, { type: string; fileName: string; source?: unknown }>) {
  let out = html;
  for (const asset of Object.values(bundle)) {
    if (asset.type !== 'asset' || !asset.fileName.endsWith('.css') || typeof asset.source !== 'string') continue;
    const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${asset.fileName.replace(/[.]/g, '\\.')}"[^>]*>`);
    out = out.replace(link, () => `<style>${asset.source}</style>`);
  }
  return out;
}

function inlineStartScript(html: string, scriptFile: string): string {
  const code = readFileSync(scriptFile, 'utf8');
  const hash = createHash('sha256').update(code).digest('base64');
  if (!html.includes('<script src="/title-start.js"></script>'))
    throw new Error('index.html has no title-start script');
  return html
    .replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`)
    .replace('<script src="/title-start.js"></script>', () => `<script data-first-paint>${code}</script>`);
}

/**
 * The title's own two faces (Andika, regular and bold, Latin), asked for with the page: the first
 * layout then uses them, instead of laying the title out in a fallback font, looking up the
 * system's fonts for it, and laying it out again when they arrive. The app's modules are not
 * preloaded here: asked for while the page is parsed, they delayed its first paint; src/main.ts
 * imports them once the title has painted.
 */
function fontPreloads(bundle: Record<string, { fileName: string }>): string {
  return Object.values(bundle)
    .map((asset) => asset.fileName)
    .filter((file) => /(^|\/)andika-latin-(400|700)-normal-[^/]*\.woff2$/.test(file))
    .sort()
    .map((file) => `  <link rel="preload" as="font" type="font/woff2" crossorigin href="/${file}">\n`)
    .join('');
}

export function titlePrerender(localesDir: string): Plugin {
  return {
    name: 'stay-safe:title-prerender',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const root = join(localesDir, '..');
        const withTitle = inlineStartScript(
          prerender(localesDir, html, inlinePicture(join(root, 'assets'))),
          join(root, 'src/ui/titleStart.js'),
        );
        if (!ctx.bundle) return withTitle;
        return inlineFirstPaint(withTitle, ctx.bundle as never).replace(
          '</head>',
          `${fontPreloads(ctx.bundle)}  </head>`,
        );
      },
    },
  };
}

function prerender(localesDir: string, html: string, picture: (img: ViewNode) => string | undefined): string {
  const langs = readdirSync(localesDir)
    .filter((lang) => {
      try {
        return readFileSync(join(localesDir, lang, 'language.json'));
      } catch {
        return false;
      }
    })
    .sort((a, b) => (a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b)));
  const languages = langs.map((lang) => ({
    lang,
    name: JSON.parse(readFileSync(join(localesDir, lang, 'language.json'), 'utf8')).name as string,
  }));
  // Marked so the app keeps this copy (src/ui/titleScreen.ts adopts it) instead of drawing its own.
  const title = toHtml(titleTree(wordsOf(localesDir, DEFAULT_LANGUAGE), DEFAULT_LANGUAGE, languages), picture).replace(
    '<div class="title-screen"',
    '<div class="title-screen" data-built-in',
  );
  // The other languages' words only (not a second copy of the screen): title-start swaps them in.
  const others = Object.fromEntries(
    langs.filter((lang) => lang !== DEFAULT_LANGUAGE).map((lang) => [lang, wordsOf(localesDir, lang)]),
  );
  const words = `<script type="application/json" id="title-words" data-first-paint>${JSON.stringify(others).replace(/</g, '\\u003c')}</script>`;
  if (!html.includes('<!-- title -->')) throw new Error('index.html has no <!-- title --> for the title screen');
  return html.replace('<!-- title -->', () => title + words);
}
