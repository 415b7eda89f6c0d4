/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { titlePrerender } from './scripts/titlePrerender.ts';

/** A lesson pack's scenario file; the first group is the pack's id. */
const SCENARIO_FILE = /\/lessons\/([^/]+)\/scenarios\/[^/]+\.json$/;

export default defineConfig({
  publicDir: 'assets',
  // The app's zod (src/app/zod.ts) turns off its eval probe before any schema is made.
  resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('src/app/zod.ts', import.meta.url)) }] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // A pack's scenarios arrive as one file, not one each (64 for KS2): opening the map or a
          // class's dashboard waited 210-340 ms on the many small fetches, and checking them took 15.
          groups: [
            {
              name: (id) => SCENARIO_FILE.exec(id)?.[1]?.concat('-scenarios'),
              test: SCENARIO_FILE,
            },
          ],
        },
      },
    },
  },
  plugins: [
    titlePrerender(fileURLToPath(new URL('locales', import.meta.url))),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['app-icon.svg'],
      manifest: {
        name: 'Stay SAFE Online',
        short_name: 'Stay SAFE',
        description: 'An online-safety game for primary schools. Works offline; nothing leaves the device.',
        lang: 'en-GB',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        orientation: 'any',
        background_color: '#fff8ec',
        theme_color: '#2b6cb0',
        icons: [
          { src: 'app-icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'app-icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'app-icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'app-icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,json,webmanifest}'],
        // Narration is most of the bytes (every line, every pack, both languages): a device
        // keeps only what its classes play. The map fetches its pack's lines in the class's
        // language in the background, and they are then kept for offline use.
        globIgnores: ['narration/**/*.mp3'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.includes('/narration/') && url.pathname.endsWith('.mp3'),
            handler: 'CacheFirst',
            options: { cacheName: 'narration', expiration: { maxEntries: 12000 } },
          },
        ],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // A pack's narration is fetched by the worker itself when the page asks (assets/narration-warm.js).
        importScripts: ['narration-warm.js'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
  },
});
