/*
 * A misconception id names one wrong belief, shared by the wrong answers that show it, so a
 * teacher can read "3 pupils think a secret from someone online is fine to keep". Each id is
 * described in plain words, in every language, under `misconceptions.<id>` in its pack.
 */
import { describe, expect, it } from 'vitest';
import { questionsOf } from '../../src/domain/questions';
import { LANGUAGES, lookup, packIds, readNamespace, readPack } from '../helpers/contentFiles';
import { misconceptionsOf } from '../helpers/contentReport';

describe.each(packIds())('misconceptions in %s', (packId) => {
  const read = readPack(packId);
  if (!read.ok) throw new Error(`${packId} does not load`);
  const tagged = [...new Set(read.pack.scenarios.flatMap(misconceptionsOf))];

  it.each(LANGUAGES)('are each described in plain words in %s', (lang) => {
    const words = readNamespace(lang, packId);
    expect(tagged.filter((id) => typeof lookup(words, `misconceptions.${id}`) !== 'string')).toEqual([]);
  });

  it('are tagged only on wrong answers', () => {
    const onRight = read.pack.scenarios.flatMap((s) => {
      const right = new Set(
        questionsOf(s).flatMap((q) => q.choices.filter((c) => c.correct).map((c) => `${q.id}/${c.id}`)),
      );
      const steps =
        'steps' in s ? (s.steps as { id: string; choices?: { id: string; misconception?: string }[] }[]) : [];
      return steps.flatMap((step) =>
        (step.choices ?? [])
          .filter((c) => c.misconception && right.has(`${step.id}/${c.id}`))
          .map((c) => `${s.id}: ${c.id}`),
      );
    });
    expect(onRight).toEqual([]);
  });
});
