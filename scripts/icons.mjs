// Writes assets/icons/<name>.svg for every picture the lessons and the app use, from the
// Fluent Emoji Flat set (MIT) plus our own art in assets/art. Run after adding a scenario:
// `npm run icons`. The content tests fail if a lesson names an icon that is not there.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const set = JSON.parse(readFileSync(join(root, 'node_modules/@iconify-json/fluent-emoji-flat/icons.json'), 'utf8'));
const outDir = join(root, 'assets/icons');
mkdirSync(outDir, { recursive: true });

function walk(dir, pick) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, pick);
    else pick(path);
  }
}

const wanted = new Set();
const lessonFields = /"(?:icon|contact|screen|character|profile)"\s*:\s*"([a-z0-9-]+)"|"art"\s*:\s*\[([^\]]*)\]/g;
walk(join(root, 'lessons'), (path) => {
  if (!path.endsWith('.json')) return;
  for (const m of readFileSync(path, 'utf8').matchAll(lessonFields)) {
    if (m[1]) wanted.add(m[1]);
    if (m[2]) for (const a of m[2].matchAll(/"([a-z0-9-]+)"/g)) wanted.add(a[1]);
  }
});
for (const dir of ['src', 'scenes']) {
  walk(join(root, dir), (path) => {
    if (!path.endsWith('.ts')) return;
    for (const m of readFileSync(path, 'utf8').matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)*)'/g)) {
      if (Object.hasOwn(set.icons, m[1]) || Object.hasOwn(set.aliases ?? {}, m[1])) wanted.add(m[1]);
    }
  });
}

const checkOnly = process.argv.includes('--check');
const stale = [];
const art = new Set(readdirSync(join(root, 'assets/art')).map((f) => f.replace(/\.svg$/, '')));
let written = 0;
const missing = [];
for (const name of [...wanted].sort()) {
  const out = join(outDir, `${name}.svg`);
  if (art.has(name)) {
    if (checkOnly && !existsSync(out)) stale.push(name);
    else if (!checkOnly) copyFileSync(join(root, 'assets/art', `${name}.svg`), out);
    written++;
    continue;
  }
  const alias = Object.hasOwn(set.aliases ?? {}, name) ? set.aliases[name].parent : undefined;
  const icon = Object.hasOwn(set.icons, name) ? set.icons[name] : alias && set.icons[alias];
  if (!icon) {
    missing.push(name);
    continue;
  }
  const w = icon.width ?? set.width ?? 32;
  const h = icon.height ?? set.height ?? 32;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}">${icon.body}</svg>\n`;
  if (!existsSync(out) || readFileSync(out, 'utf8') !== svg) {
    if (checkOnly) stale.push(name);
    else writeFileSync(out, svg);
  }
  written++;
}
console.log(`icons: ${written} in assets/icons${missing.length ? `; unknown: ${missing.join(', ')}` : ''}`);
if (stale.length) console.log(`icons missing from assets/icons (run npm run icons): ${stale.join(', ')}`);
if (missing.length || stale.length) process.exitCode = 1;
