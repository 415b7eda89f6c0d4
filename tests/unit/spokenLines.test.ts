import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { spokenText } from '../../src/audio/spoken';
import { questionsOf } from '../../src/domain/questions';
import {
  certificateSaid,
  feedbackSaid,
  mapHello,
  packWords,
  promiseDone,
  signingProblem,
  statementSaid,
} from '../../src/ui/spokenLines';
import { LANGUAGES, readPack } from '../helpers/contentFiles';
import { loadAllWords, type VoiceCount, voiceCounts } from '../helpers/spokenEverywhere';

let counts: VoiceCount[] = [];
beforeAll(async () => {
  await loadAllWords();
  counts = await voiceCounts();
});

describe('every line the narrator is asked to say', () => {
  it.each(LANGUAGES)('has its own narration file in %s, in every place of every pack', (lang) => {
    const mine = counts.filter((c) => c.lang === lang);
    expect(mine.length).toBeGreaterThan(0);
    for (const c of mine) expect(c.lines, `${c.pack} says something`).toBeGreaterThan(100);
    const missing = mine.flatMap((c) => c.unvoiced.map((u) => `${c.pack} ${u.place}: ${u.key} “${u.words}”`));
    expect(missing, 'run `npm run narration`').toEqual([]);
  });

  it('leaves only names to the device voice', () => {
    for (const c of counts) expect(c.names, `${c.lang} ${c.pack}`).toBeLessThanOrEqual(4);
  });
});

describe('the caption shows the lines joined, as they read', () => {
  beforeAll(() => i18next.changeLanguage('cy'));
  const words = packWords('ks1-safe');

  it('puts a name and a keyword back into their sentence', () => {
    expect(spokenText(mapHello('Amelia J'))).toBe(i18next.t('map.hello', { name: 'Amelia J' }));
    expect(spokenText(promiseDone(words, 'know'))).toBe(
      `${i18next.t('promise.done', { keyword: words('promises.know.keyword') })} ${words('promises.know.text')}`,
    );
  });

  it('says "well done" before the shared reason, each its own line', () => {
    const read = readPack('ks1-safe');
    if (!read.ok) throw new Error('ks1-safe does not load');
    const scenario = read.pack.scenarios.find((s) => s.mechanic === 'traffic-light');
    if (!scenario) throw new Error('no traffic-light scenario in ks1-safe');
    const question = questionsOf(scenario)[0]!;
    const right = question.choices.find((c) => c.correct)!;
    const spoken = feedbackSaid(words, scenario, question, [right]);
    expect(spoken.map((p) => p.key)).toEqual(['common:feedback.right', right.feedbackKey]);
    expect(spokenText(spoken)).toBe(`${i18next.t('feedback.right')} ${words(right.feedbackKey)}`);
  });

  it('keeps the signing and certificate wording as it was shown', () => {
    const ks2 = packWords('ks2-i-am');
    // The statement's own words, then the simpler line heard after them.
    expect(spokenText(statementSaid(ks2, 'smart'))).toBe(
      `${ks2('promises.smart.keyword')} – ${ks2('promises.smart.text')} ${ks2('promises.smart.simple')}`,
    );
    expect(spokenText(statementSaid(ks2, 'secure'))).toBe(
      `${ks2('promises.secure.keyword')} – ${ks2('promises.secure.text')}`,
    );
    expect(statementSaid(ks2, 'smart').map((line) => line.key)).toEqual([
      'promises.smart.keyword',
      'promises.smart.text',
      'promises.smart.simple',
    ]);
    expect(spokenText(signingProblem('items-unanswered', 3))).toBe(
      i18next.t('signing.problems.items-unanswered', { count: 3 }),
    );
    expect(spokenText(certificateSaid(ks2, 'Amelia J', '3 Mawrth 2026'))).toBe(
      `${ks2('pack.certificate')}. ${i18next.t('certificate.signedBy', { name: 'Amelia J', date: '3 Mawrth 2026' })}.`,
    );
  });
});
