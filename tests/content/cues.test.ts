/*
 * Every built-in promise can be suggested for a school's own statement: lessons/<pack>/cues.json
 * gives it words to be found by, in every language, and names no promise the pack lacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackCues } from '../../src/domain/suggestPromises';
import { LANGUAGES, packIds, ROOT, readPack } from '../helpers/contentFiles';

describe('suggestion cues', () => {
  for (const packId of packIds()) {
    it(`${packId}: every promise has cues in every language, and only its promises do`, () => {
      const read = readPack(packId);
      if (!read.ok) throw new Error(`${packId} does not load`);
      const cues = PackCues.parse(JSON.parse(readFileSync(join(ROOT, 'lessons', packId, 'cues.json'), 'utf8')));
      const ids = read.pack.manifest.agreement.promises.map((p) => p.id);
      expect(Object.keys(cues).sort()).toEqual([...ids].sort());
      const missing = ids.flatMap((id) =>
        LANGUAGES.filter((lang) => !cues[id]?.[lang]?.length).map((l) => `${id} ${l}`),
      );
      expect(missing).toEqual([]);
    });
  }
});
