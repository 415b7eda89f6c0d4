/*
 * The lesson pack format: what children learn, as data.
 *
 * A pack is `lessons/<pack-id>/pack.json` plus `lessons/<pack-id>/scenarios/*.json`; every
 * word lives in `locales/<lang>/<pack-id>.json` under keys derived from ids (see textKeys.ts),
 * so authors never invent key names. Each scenario names one mechanic; the mechanic decides
 * the shape of its steps, and `questionsOf()` turns every shape into the same plain questions
 * so scoring, records and resume work identically for all of them.
 */
import { z } from 'zod';

export const PACK_FORMAT_VERSION = 1;
/** The "three random words" rule: a password is built from this many tiles. */
export const PASSWORD_WORDS = 3;

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');
export const IconName = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an icon name from assets/icons (lower-case, hyphens)');

import { DcfStrandTag, EcfStrandTag, FourCTag } from './curriculum';
import { Device, ScreenContent } from './screenContent';
import { Stage } from './stage';

export { Stage };

/** At least one tag, each once: the frameworks a promise teaches (src/domain/curriculum). */
const tags = <T extends z.ZodType<string>>(tag: T) =>
  z
    .array(tag)
    .min(1, 'tag at least one')
    .refine((list) => new Set(list).size === list.length, 'each tag once');

export const PromiseItem = z.object({
  id: Id,
  icon: IconName,
  /** Education for a Connected World strands. */
  ecf: tags(EcfStrandTag),
  /** The four Cs of online risk. */
  fourCs: tags(FourCTag),
  /** Digital Competence Framework (Wales), Citizenship strand. */
  dcf: tags(DcfStrandTag),
});
export type PromiseItem = z.infer<typeof PromiseItem>;

/** A correction made to the policy's words (an obvious typo only), listed so a school can see it. */
const WordingCorrection = z.object({ item: z.string().min(1), policy: z.string().min(1), shown: z.string() });

/** A wrong belief a wrong answer shows (described in words under `misconceptions.<id>`). */
const Misconception = Id.optional();

export const PackManifest = z.object({
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  id: Id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0'),
  stage: Stage,
  agreement: z.object({
    id: Id,
    kind: z.enum(['promise', 'signature']),
    promises: z.array(PromiseItem).min(1),
    /** Where the agreement's words come from, and every correction made to them. */
    source: z.object({ policy: z.string().min(1), corrections: z.array(WordingCorrection).default([]) }).optional(),
  }),
});
export type PackManifest = z.infer<typeof PackManifest>;

/**
 * Where a scene happens; the world scene draws one backdrop for each. `home` is a living room,
 * `kitchen` a grandparent's kitchen; `screen` is a scene that is all the device's screen.
 */
export const Place = z.enum([
  'home',
  'bedroom',
  'kitchen',
  'classroom',
  'playground',
  'park',
  'car',
  'library',
  'screen',
]);
export type Place = z.infer<typeof Place>;

const Choice = z.object({ id: Id, icon: IconName, safe: z.boolean(), misconception: Misconception });

const uniqueIds = (items: { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;
const hasSafe = (choices: { safe: boolean }[]) => choices.some((c) => c.safe);

const ChoiceStep = z.object({
  id: Id,
  art: z.array(IconName).default([]),
  choices: z
    .array(Choice)
    .min(2)
    .max(4)
    .refine(uniqueIds, 'choice ids must be unique')
    .refine(hasSafe, 'at least one choice must be safe'),
});

const TrafficLightStep = z.object({
  id: Id,
  art: z.array(IconName).min(1),
  answer: z.enum(['green', 'amber', 'red']),
  /** The belief behind a wrong light here. */
  misconception: Misconception,
});

const ChatStep = z.object({
  id: Id,
  messages: z.array(z.object({ id: Id, from: z.enum(['them', 'me']) })).min(1),
  choices: z
    .array(Choice)
    .min(2)
    .max(4)
    .refine(uniqueIds, 'choice ids must be unique')
    .refine(hasSafe, 'at least one choice must be safe'),
});

const SpotStep = z.object({
  id: Id,
  hotspots: z
    .array(z.object({ id: Id, icon: IconName, target: z.boolean(), misconception: Misconception }))
    .min(2)
    .max(6)
    .refine(uniqueIds, 'hotspot ids must be unique')
    .refine((h) => h.some((x) => x.target), 'at least one hotspot must be the thing to find'),
});

const PasswordTile = z.object({ id: Id, icon: IconName, strong: z.boolean() });

const ProfileSetting = z.object({
  id: Id,
  icon: IconName,
  options: z
    .array(
      z.object({
        id: Id,
        icon: IconName,
        safe: z.boolean(),
        misconception: Misconception,
        /** Who could see the profile with this option: shown before the pupil commits. */
        audience: z.enum(['everyone', 'friends', 'family', 'only-me']),
      }),
    )
    .min(2)
    .max(3)
    .refine(uniqueIds, 'option ids must be unique')
    .refine(hasSafe, 'at least one option must be safe'),
});

const TrueOrNotStep = z.object({
  id: Id,
  art: z.array(IconName).min(1),
  answer: z.enum(['believe', 'check', 'ignore']),
  /** The belief behind a wrong verdict here. */
  misconception: Misconception,
});

const common = {
  id: Id,
  promise: Id,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
  place: Place,
  /** The child in the story (an icon); the pupil's own avatar is used when absent. */
  character: IconName.optional(),
  /** Written for the check-back round on a later day: a situation unlike the promise's other scenarios. */
  checkBack: z.boolean().optional(),
  /** The device the story's screen is on (a tablet when absent). */
  device: Device.optional(),
  /**
   * What the device's screen shows from the intro (`intro`) or from a step on (its id); a
   * screen stays until a later step says otherwise.
   */
  onScreen: z.record(Id, ScreenContent).optional(),
};

export const Scenario = z.discriminatedUnion('mechanic', [
  z.object({ ...common, mechanic: z.literal('choice'), steps: z.array(ChoiceStep).min(1).max(4) }),
  z.object({
    ...common,
    mechanic: z.literal('traffic-light'),
    steps: z.array(TrafficLightStep).min(1).max(5),
  }),
  z.object({
    ...common,
    mechanic: z.literal('chat'),
    contact: IconName,
    steps: z.array(ChatStep).min(1).max(4),
  }),
  z.object({
    ...common,
    mechanic: z.literal('sort'),
    bins: z
      .array(z.object({ id: Id, icon: IconName }))
      .min(2)
      .max(3),
    items: z
      .array(z.object({ id: Id, icon: IconName, bin: Id, misconception: Misconception }))
      .min(2)
      .max(6),
  }),
  z.object({
    ...common,
    mechanic: z.literal('spot'),
    screen: IconName,
    steps: z.array(SpotStep).min(1).max(3),
  }),
  z.object({
    ...common,
    mechanic: z.literal('password'),
    /** Word tiles: the pupil builds a password from three; strong tiles are random words. */
    tiles: z
      .array(PasswordTile)
      .min(4)
      .max(8)
      .refine(uniqueIds, 'tile ids must be unique')
      .refine((t) => t.filter((x) => x.strong).length >= PASSWORD_WORDS, 'at least three tiles must be strong'),
    /** Questions after building it: who may know it, what to do when a friend finds it out. */
    steps: z.array(ChoiceStep).max(3).default([]),
  }),
  z.object({
    ...common,
    mechanic: z.literal('privacy-settings'),
    /** The pretend profile's picture. */
    profile: IconName,
    settings: z.array(ProfileSetting).min(2).max(4).refine(uniqueIds, 'setting ids must be unique'),
  }),
  z.object({
    ...common,
    mechanic: z.literal('true-or-not'),
    steps: z.array(TrueOrNotStep).min(1).max(5),
  }),
]);
export type Scenario = z.infer<typeof Scenario>;
export type Mechanic = Scenario['mechanic'];
export const MECHANICS: readonly Mechanic[] = [
  'choice',
  'traffic-light',
  'chat',
  'sort',
  'spot',
  'password',
  'privacy-settings',
  'true-or-not',
];

/** A pack with its scenarios, validated and cross-checked. */
export interface LessonPack {
  manifest: PackManifest;
  scenarios: Scenario[];
}
