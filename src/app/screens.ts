/* Every screen the app can show, as data: the router turns one of these into DOM. */
export type ScreenName =
  | { name: 'title' }
  | { name: 'setup' }
  | { name: 'unlock' }
  | { name: 'teacher' }
  | { name: 'class'; classId: string }
  | { name: 'pupil'; pupilId: string }
  | { name: 'print'; classId: string; pupilId?: string }
  | { name: 'evidence'; classId: string }
  | { name: 'wording'; packId: string }
  | { name: 'voices'; classId: string; packId?: string; lang?: string }
  | { name: 'voiceSession'; classId: string; packId: string; lang: string }
  | { name: 'workshop' }
  | { name: 'classes' }
  | { name: 'pupils'; classId: string }
  | { name: 'map'; pupilId: string }
  | { name: 'play'; pupilId: string; promiseId: string }
  | { name: 'checkBack'; pupilId: string }
  | { name: 'ceremony'; pupilId: string }
  | { name: 'signing'; pupilId: string }
  | { name: 'certificate'; pupilId: string; acknowledgementId: string }
  | { name: 'family' }
  | { name: 'homeCards'; packId: string }
  | { name: 'parents' }
  | { name: 'privacy'; back: ScreenName }
  | { name: 'problem'; problem: string; detail?: string };

/** Screens behind the teacher passcode: the router sends anyone else to the unlock screen. */
export const TEACHER_SCREENS: ReadonlySet<ScreenName['name']> = new Set([
  'teacher',
  'class',
  'pupil',
  'print',
  'evidence',
  'wording',
  'voices',
  'voiceSession',
]);
