/*
 * Every line a child can hear in a pack, in one language, in the order a child meets them: the
 * pickers and the map, each promise's place (its scenarios and check-backs), the ceremony or
 * the signing and certificate, and "tell a grown-up". Built from the very sequences the screens
 * speak (./spokenLines), so a teacher's recording session covers exactly what the class hears.
 *
 * The sequences are made in the language on screen (the teacher's), then each line is looked up
 * again by its key in the language being recorded, so a teacher reading English can record the
 * Welsh. A line with {{placeholders}} is heard as its fixed parts, and their number can differ
 * between languages, so all of a template's parts are taken from the recorded language.
 */
import i18next from 'i18next';
import type { Spoken } from '../audio/spoken';
import type { LessonPack, Stage } from '../domain/lessonPack';
import { checkBackScenariosFor, scenariosFor } from '../domain/packLoader';
import type { ClassRecord } from '../domain/records';
import type { HeardLine } from '../domain/voicePack';
import { templateFragments, voiceText } from '../domain/voiceText.mjs';
import { homeAdults, schoolAdults } from './child/adultPicker';
import {
  adultsQuestion,
  ceremonyDone,
  ceremonyIntro,
  ceremonyLocked,
  ceremonyNotSaved,
  certificateSaid,
  checkBackDone,
  checkBackOffer,
  everythingSaidIn,
  mapHello,
  myName,
  nameSaid,
  packWords,
  pickClass,
  pickOneAdult,
  pickPupil,
  promiseDone,
  promiseWords,
  SIGNING_PROBLEMS,
  signingIntro,
  signingNotSaved,
  signingProblem,
  statementSaid,
  tellGrownUp,
} from './spokenLines';

/** Who is listening: names and a date are said by the device, never recorded, so any stand in. */
export interface Listener {
  pupil: string;
  klass: string;
  date: string;
  /** The classes whose trusted adults are heard in the ceremony or the signing. */
  classes: Pick<ClassRecord, 'trustedAdultsAtSchool'>[];
}

/** For recording: a class with no trusted adults typed in hears "My teacher", and a voice pack may go to one. */
const ANYONE: Listener = { pupil: 'X', klass: 'X', date: 'X', classes: [{ trustedAdultsAtSchool: [] }] };

/** What is said at one place: a promise's id, or `map`, `ceremony`, `signing`, `certificate`, `tell a grown-up`. */
export interface PlaceLines {
  place: string;
  spoken: Spoken[];
}

/**
 * Everything said in a pack, place by place in the order a child meets them (in the language on
 * screen); with a stage, only the scenarios a class of that stage plays (a lower-KS2 class never
 * meets Y5-6's).
 */
export function spokenInPackByPlace(
  packId: string,
  pack: LessonPack,
  stage?: Stage,
  who: Listener = ANYONE,
): PlaceLines[] {
  const words = packWords(packId);
  const promises = pack.manifest.agreement.promises;
  const adults = [...who.classes.flatMap((k) => schoolAdults(k)), ...homeAdults()].map((a) => a.heard);
  const places: PlaceLines[] = [
    {
      place: 'map',
      spoken: [
        pickClass(),
        nameSaid(who.klass),
        pickPupil(),
        nameSaid(who.pupil),
        mapHello(who.pupil),
        ceremonyLocked(),
        checkBackOffer(who.pupil),
        checkBackDone(),
      ],
    },
    ...promises.map((p) => ({
      place: p.id,
      spoken: [
        promiseWords(words, p.id),
        ...scenariosFor(pack, p.id, stage).flatMap((s) => everythingSaidIn(words, s)),
        // The check-back round says a check-back scenario's lines as normal play does.
        ...checkBackScenariosFor(pack, p.id, stage).flatMap((s) => everythingSaidIn(words, s)),
        promiseDone(words, p.id),
      ],
    })),
  ];
  if (pack.manifest.agreement.kind === 'signature') {
    places.push(
      {
        place: 'signing',
        spoken: [
          signingIntro(words),
          ...promises.map((p) => statementSaid(words, p.id)),
          ...adults,
          ...SIGNING_PROBLEMS.flatMap((problem) =>
            promises.map((_, i) => signingProblem(problem, promises.length - i)),
          ),
          signingNotSaved(),
        ],
      },
      { place: 'certificate', spoken: [certificateSaid(words, who.pupil, who.date)] },
    );
  } else {
    places.push({
      place: 'ceremony',
      spoken: [
        ceremonyIntro(),
        ...promises.map((p) => promiseWords(words, p.id)),
        adultsQuestion('school'),
        adultsQuestion('home'),
        ...adults,
        pickOneAdult(),
        myName(who.pupil),
        ceremonyDone(who.pupil),
        ceremonyNotSaved(),
      ],
    });
  }
  places.push({ place: 'tell a grown-up', spoken: [tellGrownUp()] });
  return places;
}

/** The words of a key in a language: `ns:path` (or a pack's own path), as stored in i18next. */
function stored(packId: string, key: string, lang: string): unknown {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [packId, key];
  return i18next.getResource(lang, ns, path);
}

/**
 * Each different line a child hears in this pack, in `lang` (whose words must be loaded), once,
 * in order: its key and its words as heard. Names are left out.
 */
export function heardLines(packId: string, pack: LessonPack, lang: string, stage?: Stage): HeardLine[] {
  const lines: HeardLine[] = [];
  const seenWords = new Set<string>();
  const seenTemplates = new Set<string>();
  const add = (key: string, words: string) => {
    if (!words || seenWords.has(words)) return;
    seenWords.add(words);
    lines.push({ key, words });
  };
  for (const sequence of spokenInPackByPlace(packId, pack, stage).flatMap((p) => p.spoken)) {
    for (const part of sequence) {
      if (part.name || !part.key) continue;
      const number = /^number:(\d+)$/.exec(part.key);
      if (number) {
        add(part.key, number[1] as string);
        continue;
      }
      const [base, fragment] = part.key.split('#');
      if (fragment !== undefined && base) {
        if (seenTemplates.has(base)) continue;
        seenTemplates.add(base);
        const template = stored(packId, base, lang);
        if (typeof template === 'string') {
          for (const [i, w] of templateFragments(template).entries()) add(`${base}#${i}`, w);
        }
        continue;
      }
      const text = stored(packId, part.key, lang);
      if (typeof text === 'string') add(part.key, voiceText(text));
    }
  }
  return lines;
}
