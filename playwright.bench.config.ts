/*
 * `npm run bench` plays through the app for the frame-time and memory budgets
 * (tests/bench). The bench starts its own preview server and passes its address.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

export default defineConfig({
  testDir: 'tests/bench',
  timeout: 300_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: process.env.BENCH_BASE ?? 'http://127.0.0.1:4189/',
    viewport: { width: 1024, height: 768 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
});
