#!/usr/bin/env node
// Prints the content table: promise × scenarios × mechanics × languages × narrated lines, then
// per pack its totals with the distinct situations its scenarios tell (as judged in
// tests/content/situations.json), then how many lines each pack asks the narrator for, per
// language, and how many have no voice.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('../tests/helpers/contentReport.ts', import.meta.url).pathname);
const rows = module.contentReport();
const columns = ['pack', 'promise', 'scenarios', 'checkBack', 'misconceptions', 'mechanics', 'languages', 'narrated'];
const width = Object.fromEntries(columns.map((c) => [c, Math.max(c.length, ...rows.map((r) => String(r[c]).length))]));
const line = (r) => columns.map((c) => String(r[c]).padEnd(width[c])).join(' | ');
console.log(line(Object.fromEntries(columns.map((c) => [c, c]))));
console.log(columns.map((c) => '-'.repeat(width[c])).join('-|-'));
for (const r of rows) console.log(line(r));
const packs = [...new Set(rows.map((r) => r.pack))];
const situations = new Map(module.situationCounts().map((c) => [c.pack, c]));
for (const p of packs) {
  const mine = rows.filter((r) => r.pack === p);
  const mechanics = new Set(mine.flatMap((r) => r.mechanics.split(', ').filter(Boolean)));
  const tags = new Set(mine.flatMap((r) => r.misconceptions.split(', ').filter(Boolean)));
  const sum = (column) => mine.reduce((n, r) => n + r[column], 0);
  const told = situations.get(p);
  const judged = told
    ? `${told.distinct} distinct situations in ${told.scenarios}${told.unjudged ? ` (${told.unjudged} not judged yet)` : ''}`
    : '';
  console.log(
    `${p}: ${mine.length} promises, ${sum('scenarios')} scenarios, ${sum('checkBack')} check-back scenarios, ${judged}, ${tags.size} misconception tags, ${mechanics.size} mechanics`,
  );
}
const voices = await runnerImport(new URL('../tests/helpers/spokenEverywhere.ts', import.meta.url).pathname);
for (const c of await voices.module.voiceCounts()) {
  console.log(
    `${c.pack} ${c.lang}: ${c.lines} lines spoken, ${c.unvoiced.length} unvoiced, ${c.names} left to the device voice (names)`,
  );
  for (const u of c.unvoiced) console.log(`  unvoiced ${u.place}: ${u.key} “${u.words}”`);
}
