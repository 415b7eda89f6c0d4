/*
 * End-to-end tests drive the built app (vite preview) in Chromium: Playwright's own browser
 * when it is installed, else the system's (/usr/bin/chromium). Nothing is downloaded; each
 * launch gets a fresh, empty profile.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

/** E2E_PORT and E2E_DIST let a second checkout's build be tested beside this one. */
export const PORT = Number(process.env.E2E_PORT ?? 4179);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1024, height: 768 },
    launchOptions: {
      executablePath: chromiumPath(),
      // A fake microphone (a tone) so a teacher's recording can be made in tests.
      args: [
        ...CHROMIUM_ARGS,
        '--autoplay-policy=no-user-gesture-required',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    },
    trace: 'off',
    // The offline worker precaches 585 files and fetches a pack's narration in every fresh
    // context, a third of each test's time; only the offline spec, which tests it, lets it run.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --bypass-lock --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
