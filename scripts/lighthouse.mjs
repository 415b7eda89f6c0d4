// `npm run lighthouse`: Lighthouse's mobile preset (simulated slow 4G, 4x slower CPU) on the
// production build's title page, in the system's Chromium. Prints `lighthouse_<category> N`
// lines and exits non-zero when a score is under the issue's bar or the page asked anyone but
// itself for anything. Installability is checked in tests/e2e/offline.spec.ts (Lighthouse 12
// has no PWA category).
//
// The performance score moves by several points between runs on a busy 2-core machine, so the
// scores are those of the median run of five (`--runs N` to change), as Lighthouse advises.
// The CPU slowdown is calibrated to this machine, as Lighthouse's throttling guide advises, so
// every run emulates the same tablet (scripts/cpuSlowdown.mjs); the network is Slow 4G as ever.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { measureBenchmarkIndex, slowdownFor } from './cpuSlowdown.mjs';
import { startPreview } from './preview.mjs';

const THRESHOLDS = { performance: 90, accessibility: 95, 'best-practices': 95 };
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

if (!process.argv.includes('--no-build'))
  spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });

/** One Lighthouse run, the CPU slowed `slowdown` times. */
async function audit(slowdown) {
  // chrome-launcher (Lighthouse's own) gives a fresh profile and its own quiet defaults on top.
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath() ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(base, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(THRESHOLDS),
      throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: slowdown },
    });
    if (!result) throw new Error('Lighthouse returned no result.');
    return result;
  } finally {
    await chrome.kill();
  }
}

const started = Date.now();
const { base, stop } = await startPreview();
// Calibrated before each run: a machine that gets busier (or quieter) is measured as it is then.
const probe = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const results = [];
const slowdowns = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const slowdown = slowdownFor(await measureBenchmarkIndex(probe));
    slowdowns.push(slowdown);
    results.push(await audit(slowdown));
  }
} finally {
  stop();
  await probe.close();
}
console.log(`lighthouse: the CPU slowed ${slowdowns.join(', ')}x in the runs, to this machine's benchmark index`);

const perf = (r) => r.lhr.categories.performance.score ?? 0;
const ranked = [...results].sort((a, b) => perf(a) - perf(b));
const { lhr, report } = ranked[Math.floor(ranked.length / 2)];
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/lighthouse.json', report);

if (lhr.runtimeError) console.log(`Lighthouse could not test the page: ${lhr.runtimeError.message}`);
let failed = Boolean(lhr.runtimeError);
for (const [id, threshold] of Object.entries(THRESHOLDS)) {
  const score = Math.round((lhr.categories[id].score ?? 0) * 100);
  const spread = results.map((r) => Math.round((r.lhr.categories[id].score ?? 0) * 100));
  console.log(`lighthouse_${id.replace('-', '_')} ${score}${RUNS > 1 ? ` (runs: ${spread.join(', ')})` : ''}`);
  if (score >= threshold) continue;
  failed = true;
  console.log(`  under ${threshold}; audits that cost points:`);
  for (const ref of lhr.categories[id].auditRefs) {
    const audit = lhr.audits[ref.id];
    if (ref.weight > 0 && audit.score !== null && audit.score < 0.9)
      console.log(`  - ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  }
}

const foreign = results
  .flatMap((r) => r.lhr.audits['network-requests'].details?.items ?? [])
  .map((item) => item.url)
  .filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== new URL(base).origin);
for (const url of new Set(foreign)) console.log(`request to another origin: ${url}`);
if (foreign.length) failed = true;

// Lighthouse's own reading in the median run, for comparison with the calibration's.
console.log(`lighthouse: benchmark index ${Math.round(lhr.environment.benchmarkIndex)} in the median run`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`lighthouse: ${RUNS} run(s) in ${seconds} s; the median run's report is in .bench/lighthouse.json`);
process.exit(failed ? 1 : 0);
