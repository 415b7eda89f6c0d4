// Generates narration audio for every line a child hears, in every language, with Debian's
// espeak-ng (en-gb, cy) and ffmpeg: assets/narration/<lang>/<hash>.mp3 (16 kb/s mono), plus
// assets/narration/index.json listing what exists. A file is named by the hash of its exact
// words, so an edited line never plays stale audio. Unchanged lines are not regenerated.
// A line with {{placeholders}} gets a file for each of its fixed parts ("Hello {{name}}!" →
// "Hello"), and 0-20 each get one, since the app says a value on its own (src/audio/spoken.ts).
// Usage: npm run narration   (needs: apt-get install espeak-ng ffmpeg)
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPOKEN_NUMBERS, templateFragments, voiceText } from '../src/domain/voiceText.mjs';

const root = new URL('..', import.meta.url).pathname;
const VOICES = { 'en-GB': 'en-gb', cy: 'cy' };
const SPEED = { 'en-GB': 150, cy: 145 };
const skip = JSON.parse(readFileSync(join(root, 'scripts/narration-skip.json'), 'utf8')).keyPrefixes;

export const fileNameFor = (text) =>
  createHash('sha256').update(text.normalize('NFC').trim()).digest('hex').slice(0, 20);

function strings(tree, prefix, out) {
  if (typeof tree === 'string') out.push([prefix, tree]);
  else if (tree && typeof tree === 'object')
    for (const [k, v] of Object.entries(tree)) strings(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** [key, words] of every narrated line of a language (key is `ns:path`, `#n` for a template's nth part). */
export function narratedLines(lang) {
  const dir = join(root, 'locales', lang);
  const lines = [];
  const read = (path, ns) => {
    for (const [k, text] of strings(JSON.parse(readFileSync(path, 'utf8')), '', [])) lines.push([`${ns}:${k}`, text]);
  };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.json')) read(join(dir, entry.name), entry.name.replace(/\.json$/, ''));
    if (entry.isDirectory()) {
      for (const f of readdirSync(join(dir, entry.name)))
        if (f.endsWith('.json')) read(join(dir, entry.name, f), entry.name);
    }
  }
  const heard = lines
    .filter(([key]) => !skip.some((p) => key.startsWith(p)))
    .flatMap(([key, text]) =>
      text.includes('{{')
        ? templateFragments(text).map((words, i) => [`${key}#${i}`, words])
        : [[key, voiceText(text)]],
    );
  return [...heard.filter(([, words]) => words), ...SPOKEN_NUMBERS.map((n) => [`number:${n}`, n])];
}

function synthesise(lang, text, out) {
  return new Promise((resolve, reject) => {
    const espeak = spawn('espeak-ng', ['-v', VOICES[lang], '-s', String(SPEED[lang]), '--stdout', text]);
    const ffmpeg = spawn('ffmpeg', [
      '-loglevel',
      'error',
      '-y',
      '-i',
      'pipe:0',
      '-ac',
      '1',
      '-ar',
      '22050',
      '-b:a',
      '16k',
      out,
    ]);
    espeak.stdout.pipe(ffmpeg.stdin);
    ffmpeg.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg failed for: ${text}`))));
    espeak.on('error', reject);
  });
}

async function main() {
  execFileSync('espeak-ng', ['--version']);
  const index = {};
  for (const lang of Object.keys(VOICES)) {
    if (!existsSync(join(root, 'locales', lang))) continue;
    const outDir = join(root, 'assets/narration', lang);
    mkdirSync(outDir, { recursive: true });
    const wanted = new Map(narratedLines(lang).map(([, text]) => [fileNameFor(text), text]));
    const todo = [...wanted].filter(([name]) => !existsSync(join(outDir, `${name}.mp3`)));
    let next = 0;
    const worker = async () => {
      while (next < todo.length) {
        const [name, text] = todo[next++];
        await synthesise(lang, text, join(outDir, `${name}.mp3`));
      }
    };
    await Promise.all([worker(), worker()]);
    for (const f of readdirSync(outDir)) if (!wanted.has(f.replace(/\.mp3$/, ''))) rmSync(join(outDir, f));
    index[lang] = [...wanted.keys()].sort();
    console.log(`narration ${lang}: ${wanted.size} lines, ${todo.length} generated`);
  }
  writeFileSync(join(root, 'assets/narration/index.json'), `${JSON.stringify(index)}\n`);
}

if (process.argv[1] === new URL(import.meta.url).pathname) await main();
