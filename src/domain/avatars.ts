/* Avatar pictures for pupils: animals a five-year-old can name, so a child finds themselves without reading. */
export const AVATARS = [
  'cat-face',
  'dog-face',
  'fox',
  'lion',
  'panda',
  'rabbit-face',
  'tiger-face',
  'koala',
  'frog',
  'unicorn',
  'owl',
  'penguin',
  'monkey-face',
  'hamster',
  'bear',
  'pig-face',
  'cow-face',
  'chicken',
  'turtle',
  'octopus',
  'butterfly',
  'lady-beetle',
  'dolphin',
  'spouting-whale',
  'hedgehog',
  'elephant',
  'giraffe',
  'zebra',
  'horse-face',
  'honeybee',
  'snail',
  'crab',
  'tropical-fish',
  'sloth',
  'otter',
  'parrot',
  'peacock',
  'flamingo',
  'swan',
  'duck',
  'hatching-chick',
  'wolf',
  'mouse-face',
  'llama',
  'kangaroo',
  'beaver',
  'polar-bear',
  'raccoon',
  't-rex',
  'seal',
] as const;

/**
 * Picks, for each new pupil, an avatar nobody in the class has yet; once all are taken the
 * set is reused in the same order, so the first fifty children of a class are always distinct.
 */
export function assignAvatars(taken: readonly string[], count: number): string[] {
  const used = new Map<string, number>();
  for (const a of taken) used.set(a, (used.get(a) ?? 0) + 1);
  const picked: string[] = [];
  for (let i = 0; i < count; i++) {
    let best: string = AVATARS[0];
    let bestUses = Number.POSITIVE_INFINITY;
    for (const a of AVATARS) {
      const uses = used.get(a) ?? 0;
      if (uses < bestUses) {
        best = a;
        bestUses = uses;
      }
    }
    used.set(best, bestUses + 1);
    picked.push(best);
  }
  return picked;
}
