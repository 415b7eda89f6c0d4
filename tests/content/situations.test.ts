/*
 * How many different situations the content tells is a reader's judgement, kept in
 * situations.json (two scenarios with the same words there tell the same situation again), so
 * the report's count is honest: every scenario is judged, and only scenarios that exist.
 */
import { describe, expect, it } from 'vitest';
import { packIds, readPack } from '../helpers/contentFiles';
import { judgedSituations } from '../helpers/contentReport';

describe('judged situations', () => {
  const judged = judgedSituations();
  it.each(packIds())('every scenario of %s is judged, and nothing else', (packId) => {
    const read = readPack(packId);
    if (!read.ok) throw new Error(`${packId} does not load`);
    const ids = read.pack.scenarios.map((s) => s.id).sort();
    expect(Object.keys(judged[packId] ?? {}).sort()).toEqual(ids);
  });
});
