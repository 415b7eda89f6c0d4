/*
 * A young child hears one calm "why" after each answer: in EYFS and KS1 every feedback line is
 * a short opener ("Yes!", "Not quite.", "Green!", a box's name) and one sentence, in every
 * language, and short enough to hear in one go. The safeguarding lines keep "tell a grown-up"
 * inside that sentence.
 */
import { describe, expect, it } from 'vitest';
import { questionsOf } from '../../src/domain/questions';
import { LANGUAGES, lookup, readNamespace, readPack } from '../helpers/contentFiles';

/** Openers a line may start with before its one sentence (the screen shows its own too). */
const OPENERS: Record<(typeof LANGUAGES)[number], readonly string[]> = {
  'en-GB': [
    'Yes!',
    'Not quite.',
    "Let's think again.",
    'Hmm, not quite.',
    'Hmm, think again.',
    'Hmm, look again.',
    'Well done!',
    "That's right!",
    'Good thinking!',
    'Green!',
    'Amber!',
    'Red!',
    'Not that one.',
    'Not sure!',
    'Get help.',
    'Good news to share!',
    'Tell a grown-up!',
    'A happy surprise!',
    'Check first.',
    'OK to use.',
    'Keep it secret.',
    'Keep it private.',
    'Anyone can know.',
  ],
  cy: [
    'Ie!',
    'Ddim yn hollol.',
    'Gad i ni feddwl eto.',
    'Hmm, ddim yn hollol.',
    'Hmm, meddylia eto.',
    'Hmm, edrycha eto.',
    'Da iawn!',
    'Cywir!',
    'Meddwl da!',
    'Gwyrdd!',
    'Oren!',
    'Coch!',
    'Nid hwnna.',
    'Nid honna.',
    'Ddim yn siŵr!',
    'Cael help.',
    "Newyddion da i'w rannu!",
    'Dweud wrth oedolyn!',
    'Syrpréis hapus!',
    'Gwirio yn gyntaf.',
    "Iawn i'w ddefnyddio.",
    "Iawn i'w defnyddio.",
    "Ei gadw'n gyfrinach.",
    "Ei gadw'n breifat.",
    'Gall unrhyw un wybod.',
  ],
};
/** Welsh takes a few more words to say the same. */
const MOST_WORDS: Record<(typeof LANGUAGES)[number], number> = { 'en-GB': 20, cy: 24 };

/** The sentences of a line after its opener (a sentence ends at . ! or ? before a space). */
function sentencesAfterOpener(text: string, openers: readonly string[]): string[] {
  const opener = openers.find((o) => text.startsWith(`${o} `));
  const rest = opener ? text.slice(opener.length + 1) : text;
  return rest.split(/(?<=[.!?])["”’]?\s+/).filter(Boolean);
}

describe.each(['eyfs-promise', 'ks1-safe'])('feedback in %s', (packId) => {
  const read = readPack(packId);
  if (!read.ok) throw new Error(`${packId} does not load`);
  const keys = [
    ...new Set(
      read.pack.scenarios.flatMap((s) =>
        questionsOf(s).flatMap((q) => [...q.choices.map((c) => c.feedbackKey), ...(q.rightKey ? [q.rightKey] : [])]),
      ),
    ),
  ];

  it.each(LANGUAGES)('says why in one sentence after its opener, in %s', (lang) => {
    const words = readNamespace(lang, packId);
    const long = keys
      .map((key) => [key, String(lookup(words, key))] as const)
      .filter(
        ([, text]) =>
          sentencesAfterOpener(text, OPENERS[lang]).length > 1 ||
          text.split(/\s+/).filter(Boolean).length > MOST_WORDS[lang],
      )
      .map(([key, text]) => `${key}: ${text}`);
    expect(long).toEqual([]);
  });
});

describe('sentencesAfterOpener()', () => {
  it('counts the sentences after an opener', () => {
    expect(sentencesAfterOpener('Yes! Mia asks Dad first.', OPENERS['en-GB'])).toHaveLength(1);
    expect(sentencesAfterOpener('Not quite. It is Dad’s tablet. Mia asks first.', OPENERS['en-GB'])).toHaveLength(2);
    expect(sentencesAfterOpener('Yes! Dad says: "Thank you. It is not your fault."', OPENERS['en-GB'])).toHaveLength(2);
    expect(sentencesAfterOpener('Gad i ni feddwl eto. Mae Mia yn gofyn yn gyntaf.', OPENERS.cy)).toHaveLength(1);
  });
});
