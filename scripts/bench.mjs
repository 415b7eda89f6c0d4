// `npm run bench`: the budgets from the issues, measured on the production build, printed as
// `name value unit` lines. Exits non-zero when a budget is exceeded.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { measureBenchmarkIndex, slowdownFor } from './cpuSlowdown.mjs';
import { startPreview } from './preview.mjs';

/**
 * The gate: each budget fails `npm test` when exceeded. Where an issue sets a stricter target
 * that this build does not yet reach, the gate holds the line measured today (so nothing gets
 * worse) and the target is printed beside the reading, never silently passed.
 */
const BUDGETS = {
  first_load_js_gz: 40,
  // Timings on a shared machine are ratios to a reference measured in the same run, beside it.
  // The title read 1.07-1.78 on 2026-12-02 (1.65-2.47 before its fonts came with the page); one
  // page's visits alone vary by half (a bare page's 714-1057 ms), so the gate leaves that room.
  title_ready_ratio: 2,
  // Read 2.06-5.46 on 2026-12-02: the answer waits behind the frames its own tap starts (the
  // reference put, from a calm page, read 5-10.7 ms). No target is set by the issue.
  answer_saved_ratio: 8,
  // Issue 15's budgets. The v2 dashboard read 254-365 ms on 2026-12-02 until the teacher home
  // loaded the class's pack and the grid made each badge once: then 204-261, and 210-225 once the
  // bench waited on the screen's own measure (a role query polled meanwhile ran between the
  // screen's reads and was timed with it), 263 on a slow hour. The gate leaves a slower machine
  // than this a little room over the target (300, printed beside every reading). The evidence
  // report read 290-588, then 241-319.
  dashboard_420_pupils_ms: 350,
  evidence_report_ms: 500,
  csv_all_attempts_ms: 1000,
  import_merge_14_devices_ms: 3000,
  import_longest_task_ms: 300,
  // Frames last whole 60 Hz vsyncs: 33.4 ms is two of them (30 fps). Runs read 16.8-50 over
  // 2026-12-01/02, and 66.7 once (frame_max 300 ms, on a slow hour), so the gate is five (83.4)
  // until two holds. Measured on the emulated tablet (the CPU slowed to match,
  // scripts/cpuSlowdown.mjs), whatever the machine.
  frame_p95_ms_tablet: 83.4,
  // Read once the tab has settled (tests/bench/play-budgets.spec.ts): 113-141 MB on 2026-12-02.
  memory_after_ks1_mb: 175,
};
/** The issues' targets where the gate is not yet at them (issues 14, 15 and 16; bench prints both). */
const TARGETS = {
  title_ready_ratio: 1.5,
  dashboard_420_pupils_ms: 300,
  import_longest_task_ms: 200,
  frame_p95_ms_tablet: 33.4,
  memory_after_ks1_mb: 150,
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const results = [];
const report = (name, value, unit) => {
  results.push({ name, value });
  console.log(`${name} ${Number(value.toFixed(unit === 'MB' || unit === '×' ? 2 : 1))} ${unit}`);
};

mkdirSync('.bench', { recursive: true });
if (!process.argv.includes('--no-build'))
  spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });

// All JS the title screen needs: the entry module and everything it imports statically. The
// app behind it (imported by the entry once the title has painted) is reported on its own.
const html = readFileSync('dist/index.html', 'utf8');
const firstJs = new Set([...html.matchAll(/<script[^>]*src="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
const queue = [...firstJs];
while (queue.length) {
  const file = queue.pop();
  const code = readFileSync(join('dist', file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    const dep = `assets/${m[1]}`;
    if (!firstJs.has(dep)) {
      firstJs.add(dep);
      queue.push(dep);
    }
  }
}
const gzKb = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join('dist', f))).length, 0) / 1024;
report('first_load_js_gz', gzKb([...firstJs]), 'KB');
// The page itself now carries the title's styles, pictures and start-up script.
report('title_html_gz', gzipSync(html).length / 1024, 'KB');
// The parts the entry imports (Vite's list of them, __vite__mapDeps), minus the title's own.
const behindTitle = [
  ...new Set(
    [...firstJs].flatMap((file) =>
      [...readFileSync(join('dist', file), 'utf8').matchAll(/"(assets\/[^"]+\.js)"/g)].map((m) => m[1]),
    ),
  ),
].filter((file) => !firstJs.has(file));
report('app_js_behind_title_gz', gzKb(behindTitle), 'KB');

const precached = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(js|css|html|svg|png|woff2|json|webmanifest)$/.test(e.name)) precached.push(statSync(p).size);
    else if (e.name.endsWith('.mp3')) narration.push(statSync(p).size);
  }
};
const narration = [];
walk('dist');
report('precache_total_mb', precached.reduce((a, b) => a + b, 0) / 1024 / 1024, 'MB');
report('narration_all_packs_mb', narration.reduce((a, b) => a + b, 0) / 1024 / 1024, 'MB');

// The generated school (420 pupils, 14 classes, 60,000 answers), one backup file per tablet.
const { module: school } = await runnerImport(new URL('../tests/fixtures/benchSchool.ts', import.meta.url).pathname);
const csv = school.timeAllAttemptsCsv();
report('csv_all_attempts_ms', csv.ms, 'ms');
const schoolDir = mkdtempSync(join(tmpdir(), 'bench-school-'));
const schoolFiles = school.benchSchool().map((backup, i) => {
  const file = join(schoolDir, `tablet-${i + 1}.json`);
  writeFileSync(file, JSON.stringify(backup));
  return file;
});

// The bare page the title is measured against: one button, nothing else, served beside the app.
const REFERENCE_PAGE = 'bench-reference.html';
writeFileSync(
  join('dist', REFERENCE_PAGE),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reference</title></head><body><button type="button">Play</button></body></html>',
);
const { base: BASE, stop } = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
// The frame budget is for the same emulated tablet on any machine (scripts/cpuSlowdown.mjs).
const benchmarkIndex = await measureBenchmarkIndex(browser);
const tabletSlowdown = slowdownFor(benchmarkIndex);
report('benchmark_index', benchmarkIndex, '');
report('tablet_cpu_slowdown', tabletSlowdown, '×');
try {
  // Cold navigation, empty cache, 4x slower CPU, to a title screen a child can press, against
  // the same visit to a bare page with one button from the same server, the visits alternating.
  const coldVisit = async (url, ready) => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const start = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await ready(page);
    const ms = Date.now() - start;
    await context.close();
    return ms;
  };
  // Interactive: Play shows and a press is taken from here on (kept until the app has loaded,
  // then done). One wait, as for the reference: two in a row would add a round trip to the
  // throttled page that the reference does not pay.
  const appReady = (page) =>
    page
      .locator('html[data-title-ready]')
      .getByRole('button', { name: 'Play', exact: true })
      .waitFor({ state: 'visible' });
  const referenceReady = (page) =>
    page.getByRole('button', { name: 'Play', exact: true }).waitFor({ state: 'visible' });
  // One unmeasured visit to each first: the server and the disk cache warm up, not the browser's.
  await coldVisit(BASE, appReady);
  await coldVisit(`${BASE}${REFERENCE_PAGE}`, referenceReady);
  const appTimes = [];
  const referenceTimes = [];
  for (let i = 0; i < 7; i++) {
    appTimes.push(await coldVisit(BASE, appReady));
    referenceTimes.push(await coldVisit(`${BASE}${REFERENCE_PAGE}`, referenceReady));
  }
  report('title_ready_ms_cpu4x', median(appTimes), 'ms');
  report('title_reference_ms_cpu4x', median(referenceTimes), 'ms');
  report('title_ready_ratio', median(appTimes) / median(referenceTimes), '×');

  // Tap to committed: 30 answers through the real player (wrong answer, try again, repeat).
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto(BASE);
  await page.getByRole('button', { name: 'Teachers' }).click();
  await page.getByLabel('Teacher passcode').fill('bench passcode');
  await page.getByLabel('Type the passcode again').fill('bench passcode');
  await page.getByRole('button', { name: 'Save passcode' }).click();
  await page.getByLabel('I have written the recovery code down').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Class name').fill('Bench');
  await page.getByLabel('Pupils').fill('Ada L');
  await page.getByRole('button', { name: 'Create class' }).click();
  await page.getByRole('heading', { name: 'Bench' }).waitFor();
  await page.getByRole('button', { name: 'Lock and leave' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Ada L' }).click();
  await page.getByRole('button', { name: /^1\. / }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  // The reference: a bare IndexedDB put of the answer just saved (the same record, so the same
  // size), from the same page, to a database of its own, timed from the put to the commit. One
  // is taken right after each answer, so both readings meet the same moment of the machine.
  const barePut = () =>
    page.evaluate(async () => {
      const open = (name, upgrade) =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onupgradeneeded = () => upgrade?.(request.result);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const done = (tx) =>
        new Promise((resolve, reject) => Object.assign(tx, { oncomplete: resolve, onerror: reject }));
      window.__benchSample ??= await (async () => {
        const app = await open('stay-safe-online');
        const sample = await new Promise((resolve) => {
          const request = app.transaction('attempts').objectStore('attempts').openCursor();
          request.onsuccess = () => resolve(request.result.value);
        });
        app.close();
        return sample;
      })();
      window.__benchDb ??= await open('bench-reference', (d) => d.createObjectStore('rows', { keyPath: 'id' }));
      const start = performance.now();
      const tx = window.__benchDb.transaction('rows', 'readwrite', { durability: 'relaxed' });
      tx.objectStore('rows').put({ ...window.__benchSample, id: crypto.randomUUID() });
      await done(tx);
      return performance.now() - start;
    });
  await page.evaluate(() => performance.clearMeasures('answer-saved'));
  const putTimes = [];
  for (let i = 0; i < 30; i++) {
    // No child answers within a few milliseconds of a question appearing: its narration has
    // started by the time they tap (a third of a second is quicker than any child).
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: 'Just play on it' }).click();
    await page.waitForFunction((n) => performance.getEntriesByName('answer-saved').length > n, i, { polling: 50 });
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    putTimes.push(await barePut());
    await page.getByRole('button', { name: 'Try again' }).click();
  }
  const answerMs = median(
    await page.evaluate(() => performance.getEntriesByName('answer-saved').map((e) => e.duration)),
  );
  const putMs = median(putTimes);
  report('answer_saved_ms', answerMs, 'ms');
  report('answer_reference_put_ms', putMs, 'ms');
  report('answer_saved_ratio', answerMs / putMs, '×');

  // The teacher brings 14 tablets' backups together, then opens a class of 30.
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await page.getByRole('button', { name: /^1\. / }).waitFor();
  await page.goto(BASE);
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: 'Teachers' }).click();
  await page.getByLabel('Teacher passcode').fill('bench passcode');
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByText('Back up and bring devices together').click();
  await page.getByLabel('Choose backup files (one from each tablet)').setInputFiles(schoolFiles);
  await page.getByRole('button', { name: 'Import now' }).click();
  await page.getByText('Imported.').waitFor();
  const importMs = await page.evaluate(
    () =>
      performance.getEntriesByName('import-planned')[0].duration +
      performance.getEntriesByName('import-applied')[0].duration,
  );
  report('import_merge_14_devices_ms', importMs, 'ms');
  if (process.env.BENCH_DETAIL)
    console.log(
      await page.evaluate(() => performance.getEntriesByType('measure').map((e) => `${e.name} ${e.duration}`)),
    );
  report('import_longest_task_ms', await page.evaluate(() => window.__longest), 'ms');
  const dashboard = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(BASE);
    await page.getByRole('button', { name: 'Teachers' }).click();
    await page.getByLabel('Teacher passcode').fill('bench passcode');
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('button', { name: 'Open Class 7' }).click();
    // The screen's own measure, not a role query polled meanwhile: that runs on the page's main
    // thread between the screen's reads, and was timed with it.
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0, null, { polling: 50 });
    await page.getByRole('table', { name: /Each pupil and promise/ }).waitFor();
    dashboard.push(await page.evaluate(() => performance.getEntriesByName('dashboard-ready')[0].duration));
    if (process.env.BENCH_DETAIL)
      console.log(
        await page.evaluate(() => performance.getEntriesByType('measure').map((e) => `${e.name} ${e.duration}`)),
      );
  }
  report('dashboard_420_pupils_ms', median(dashboard), 'ms');
  await context.close();

  // A child plays all ten KS1 promises: frame time in a scene (4x slower CPU) and the tab's memory;
  // and a class of 30 with a year of answers opens its evidence report (tests/bench, one run).
  const playBudgets = async () => {
    rmSync('.bench/play.json', { force: true });
    rmSync('.bench/evidence.json', { force: true });
    spawnSync('npx', ['playwright', 'test', '-c', 'playwright.bench.config.ts', '--reporter=line'], {
      stdio: process.env.BENCH_DETAIL ? 'inherit' : 'ignore',
      env: { ...process.env, BENCH_BASE: BASE, BENCH_CPU_SLOWDOWN: String(tabletSlowdown) },
    });
    if (!existsSync('.bench/play.json')) throw new Error('the play-through for the frame and memory budgets failed');
    if (!existsSync('.bench/evidence.json')) throw new Error('the evidence report budget run failed');
    return {
      ...JSON.parse(readFileSync('.bench/play.json', 'utf8')),
      ...JSON.parse(readFileSync('.bench/evidence.json', 'utf8')),
    };
  };
  const play = await playBudgets();
  report('evidence_report_ms', play.evidence_report_ms, 'ms');
  report('frame_p95_ms_tablet', play.frame_p95_ms_tablet, 'ms');
  report('frame_max_ms_tablet', play.frame_max_ms_tablet, 'ms');
  report('memory_after_ks1_mb', play.memory_after_ks1_mb, 'MB');
  report('memory_at_once_after_ks1_mb', play.memory_at_once_after_ks1_mb, 'MB');
  report('memory_pss_after_ks1_mb', play.memory_pss_after_ks1_mb, 'MB');
  report('js_heap_after_ks1_mb', play.js_heap_after_ks1_mb, 'MB');
} finally {
  await browser.close();
  stop();
  rmSync(join('dist', REFERENCE_PAGE), { force: true });
  rmSync(schoolDir, { recursive: true, force: true });
}

const over = results.filter((r) => BUDGETS[r.name] !== undefined && r.value > BUDGETS[r.name]);
for (const r of over) console.log(`over budget: ${r.name} ${r.value.toFixed(1)} > ${BUDGETS[r.name]}`);
for (const r of results.filter((x) => TARGETS[x.name] !== undefined && x.value > TARGETS[x.name]))
  console.log(
    `target not yet met: ${r.name} ${r.value.toFixed(2)} (target ${TARGETS[r.name]}, gate ${BUDGETS[r.name]})`,
  );
mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/budgets.json',
  JSON.stringify(
    results
      .filter((r) => BUDGETS[r.name] !== undefined)
      .map((r) => ({ ...r, budget: BUDGETS[r.name], target: TARGETS[r.name], ok: r.value <= BUDGETS[r.name] })),
    null,
    2,
  ),
);
process.exit(over.length ? 1 : 0);
