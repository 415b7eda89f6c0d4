/*
 * A Vite plugin that writes the title screen into index.html, in every language the app has:
 * the default one in place, the others as templates that assets/title-start.js swaps in before
 * the first paint. The markup comes from src/ui/titleView.ts, the same tree the app draws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { TITLE_WORD_KEYS, type TitleWords, titleTree, toHtml } from '../src/ui/titleView.ts';

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

export function titlePrerender(localesDir: string): Plugin {
  return {
    name: 'stay-safe:title-prerender',
    transformIndexHtml(html) {
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
      const titleIn = (lang: string) => toHtml(titleTree(wordsOf(localesDir, lang), lang, languages));
      const templates = langs
        .filter((lang) => lang !== DEFAULT_LANGUAGE)
        .map((lang) => `<template data-title-lang="${lang}">${titleIn(lang)}</template>`)
        .join('');
      if (!html.includes('<!-- title -->')) throw new Error('index.html has no <!-- title --> for the title screen');
      return html.replace('<!-- title -->', titleIn(DEFAULT_LANGUAGE) + templates);
    },
  };
}
