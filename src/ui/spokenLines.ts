/*
 * What each child screen says, as sequences of lines (see audio/spoken). The screens speak
 * exactly these, and tests/unit/spokenLines.test.ts walks every place of every pack through
 * the same functions to check that every line has a voice, so the two cannot drift apart.
 */
import i18next from 'i18next';
import { packText } from '../app/i18n';
import {
  fromTemplate,
  line,
  nameLine,
  numberLine,
  SLOT,
  type Spoken,
  type SpokenLine,
  sequence,
} from '../audio/spoken';
import type { Scenario } from '../domain/lessonPack';
import { type Question, type QuestionChoice, questionsOf, scenarioBase } from '../domain/questions';

/** A pack's words by key (`common:` for shared ones), as the screens look them up. */
export type Words = (key: string) => string;

export const packWords =
  (packId: string): Words =>
  (key) =>
    packText(packId, key);

const loose = i18next.t as unknown as (key: string, options?: Record<string, unknown>) => string;

/** A line of the shared words (`common`). */
export const common = (key: string): SpokenLine => line(loose(key), `common:${key}`);

/** A line of a pack's words. */
export const said = (words: Words, key: string): SpokenLine => line(words(key), key);

/** A shared line with values ({{name}}): its fixed words, with each value's own line between. */
function template(key: string, values: Record<string, Spoken>): Spoken {
  const replace = Object.fromEntries(Object.keys(values).map((v) => [v, `${SLOT}${v}${SLOT}`]));
  return fromTemplate(loose(key, { replace }), `common:${key}`, values);
}

// The scenario player and its mechanics.

export const scenarioIntro = (words: Words, scenario: Scenario): Spoken => [
  said(words, `${scenarioBase(scenario)}.intro`),
];

/** A question: a chat's messages, oldest first, then what to do. */
export const questionSaid = (words: Words, question: Question): Spoken => [
  ...question.messages.map((m) => said(words, m.textKey)),
  said(words, question.promptKey),
];

/** A choice, when a child focuses or points at it. */
export const choiceHeard = (words: Words, choice: QuestionChoice): Spoken => [said(words, choice.labelKey)];

/** Mechanics whose choices share one "why": the caption says first whether the answer was right. */
const SHARED_WHY: readonly Scenario['mechanic'][] = ['traffic-light', 'sort', 'true-or-not', 'password'];

/** The feedback on an answer: a multi-pick answer explains its first wrong part, or praises the whole. */
export function feedbackSaid(words: Words, scenario: Scenario, question: Question, choices: QuestionChoice[]): Spoken {
  const wrong = choices.find((c) => !c.correct);
  const why = said(words, wrong?.feedbackKey ?? question.rightKey ?? (choices[0] as QuestionChoice).feedbackKey);
  const opener = common(wrong ? 'feedback.tryAgain' : 'feedback.right');
  return SHARED_WHY.includes(scenario.mechanic) ? [opener, why] : [why];
}

export const answerNotSaved = (): Spoken => [common('feedback.notSaved')];

export const scenarioOutro = (words: Words, scenario: Scenario): Spoken => [
  said(words, `${scenarioBase(scenario)}.outro`),
];

/**
 * The simpler line heard after an agreement's own words where a young child may find them hard
 * (`promises.<id>.simple`: "That means: …"). The agreement text stays the policy's; a school's
 * own statements have none.
 */
function simpler(words: Words, promiseId: string): Spoken {
  const key = `promises.${promiseId}.simple`;
  const text = words(key);
  return text && text !== key ? [said(words, key)] : [];
}

/** An agreement's words as the pack has them, then its simpler line if it has one. */
export const promiseWords = (words: Words, promiseId: string): Spoken => [
  said(words, `promises.${promiseId}.text`),
  ...simpler(words, promiseId),
];

/** "You finished KNOW! Here is your promise:" and the promise. */
export const promiseDone = (words: Words, promiseId: string): Spoken =>
  sequence(
    template('promise.done', { keyword: [said(words, `promises.${promiseId}.keyword`)] }),
    promiseWords(words, promiseId),
  );

/** Everything a scenario can say, in the order a child meets it (for the tests and reports). */
export function everythingSaidIn(words: Words, scenario: Scenario): Spoken[] {
  const spoken: Spoken[] = [scenarioIntro(words, scenario)];
  for (const question of questionsOf(scenario)) {
    spoken.push(questionSaid(words, question));
    for (const choice of question.choices) {
      spoken.push(choiceHeard(words, choice), feedbackSaid(words, scenario, question, [choice]));
    }
    if ((question.pick ?? 1) > 1) {
      const right = question.choices.filter((c) => c.correct).slice(0, question.pick);
      spoken.push(feedbackSaid(words, scenario, question, right));
    }
  }
  spoken.push(answerNotSaved(), scenarioOutro(words, scenario));
  return spoken;
}

// The map and the pickers.

export const mapHello = (name: string): Spoken => template('map.hello', { name: [nameLine(name)] });
export const ceremonyLocked = (): Spoken => [common('ceremony.locked')];
/** On the map, on a later day: "Welcome back, Amelia J! Shall we remember …?" */
export const checkBackOffer = (name: string): Spoken =>
  sequence(template('checkBack.welcome', { name: [nameLine(name)] }), [common('checkBack.offer')]);
export const checkBackDone = (): Spoken => [common('checkBack.done')];
export const pickClass = (): Spoken => [common('pick.class')];
export const pickPupil = (): Spoken => [common('pick.pupil')];
/** A class's or a pupil's name, as the teacher typed it. */
export const nameSaid = (name: string): Spoken => [nameLine(name)];

// The ceremony.

export const ceremonyIntro = (): Spoken => [common('ceremony.intro')];
export const adultsQuestion = (where: 'school' | 'home'): Spoken => [
  common(where === 'school' ? 'ceremony.schoolAdults' : 'ceremony.homeAdults'),
];
export const pickOneAdult = (): Spoken => [common('ceremony.pickOne')];
export const myName = (name: string): Spoken => template('ceremony.myName', { name: [nameLine(name)] });
export const ceremonyDone = (name: string): Spoken => template('ceremony.done', { name: [nameLine(name)] });
export const ceremonyNotSaved = (): Spoken => [common('ceremony.notSaved')];

// Signing.

export const signingIntro = (words: Words): Spoken => [said(words, 'pack.intro'), common('signing.intro')];

/** "KNOW – I know …": the keyword and the statement, each its own line. */
export const statementSaid = (words: Words, promiseId: string): Spoken => [
  said(words, `promises.${promiseId}.keyword`),
  { ...said(words, `promises.${promiseId}.text`), sep: ' – ' },
  ...simpler(words, promiseId),
];

export const SIGNING_PROBLEMS = ['items-unanswered', 'no-trusted-adult', 'no-signature', 'no-signature-name'] as const;

/** Why the agreement cannot be signed yet (`count`: statements still to answer). */
export const signingProblem = (problem: (typeof SIGNING_PROBLEMS)[number], count: number): Spoken =>
  problem === 'items-unanswered'
    ? template(`signing.problems.${problem}`, { count: [numberLine(count)] })
    : [common(`signing.problems.${problem}`)];

export const signingNotSaved = (): Spoken => [common('signing.notSaved')];

// The certificate, and "tell a grown-up" (on every child screen).

export function certificateSaid(words: Words, name: string, date: string): Spoken {
  const [signed, ...rest] = template('certificate.signedBy', { name: [nameLine(name)], date: [nameLine(date)] });
  return [said(words, 'pack.certificate'), ...(signed ? [{ ...signed, sep: '. ' }] : []), ...rest, line('.')].map(
    (part, i, all) => (i === all.length - 1 ? { ...part, sep: '' } : part),
  );
}

export const tellGrownUp = (): Spoken => ['tell.title', 'tell.stop', 'tell.who', 'tell.ok'].map(common);
