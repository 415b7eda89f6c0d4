import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { narratedLines } from '../../scripts/narration.mjs';
import { narrationFileName } from '../../src/domain/sha256';
import { LANGUAGES, ROOT } from '../helpers/contentFiles';

const index = JSON.parse(readFileSync(join(ROOT, 'assets/narration/index.json'), 'utf8')) as Record<string, string[]>;

describe.each(LANGUAGES)('narration in %s', (lang) => {
  const lines = narratedLines(lang) as [string, string][];

  it('has an audio file for every line a child hears', () => {
    const missing = lines
      .filter(([, text]) => !existsSync(join(ROOT, 'assets/narration', lang, `${narrationFileName(text)}.mp3`)))
      .map(([key]) => key);
    expect(missing, 'run `npm run narration`').toEqual([]);
  });

  it('lists every file in narration/index.json, so the app finds it', () => {
    const listed = new Set(index[lang] ?? []);
    expect(lines.filter(([, text]) => !listed.has(narrationFileName(text))).map(([k]) => k)).toEqual([]);
  });

  it('names files the same way as the build script (by the hash of the words)', () => {
    const sample = lines[0]?.[1] ?? '';
    expect(narrationFileName(sample)).toBe(
      createHash('sha256').update(sample.normalize('NFC').trim()).digest('hex').slice(0, 20),
    );
  });
});
