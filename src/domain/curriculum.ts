/*
 * The frameworks an inspector reads a school's online-safety teaching against, as closed lists:
 * the eight strands of Education for a Connected World (UKCIS, 2020), the four Cs of online risk
 * (content, contact, conduct, commerce; KCSIE) and the four elements of the Citizenship strand of
 * Wales's Digital Competence Framework. A lesson pack tags every promise with ids from these lists
 * (checked by zod in lessonPack.ts), so a made-up strand fails validation instead of leaving an
 * empty row in the school's evidence report. The names here are the frameworks' own English
 * names (for messages and tests); the words shown are in locales under `teacher.curriculum`.
 */
import { z } from 'zod';

export const ECF_STRANDS = [
  'self-image-and-identity',
  'online-relationships',
  'online-reputation',
  'online-bullying',
  'managing-online-information',
  'health-well-being-and-lifestyle',
  'privacy-and-security',
  'copyright-and-ownership',
] as const;
export type EcfStrand = (typeof ECF_STRANDS)[number];

export const ECF_STRAND_NAMES: Record<EcfStrand, string> = {
  'self-image-and-identity': 'Self-image and identity',
  'online-relationships': 'Online relationships',
  'online-reputation': 'Online reputation',
  'online-bullying': 'Online bullying',
  'managing-online-information': 'Managing online information',
  'health-well-being-and-lifestyle': 'Health, well-being and lifestyle',
  'privacy-and-security': 'Privacy and security',
  'copyright-and-ownership': 'Copyright and ownership',
};

export const FOUR_CS = ['content', 'contact', 'conduct', 'commerce'] as const;
export type FourC = (typeof FOUR_CS)[number];

export const FOUR_C_NAMES: Record<FourC, string> = {
  content: 'Content',
  contact: 'Contact',
  conduct: 'Conduct',
  commerce: 'Commerce',
};

export const DCF_STRANDS = [
  'identity-image-and-reputation',
  'health-and-well-being',
  'digital-rights-licensing-and-ownership',
  'online-behaviour-and-cyberbullying',
] as const;
export type DcfStrand = (typeof DCF_STRANDS)[number];

export const DCF_STRAND_NAMES: Record<DcfStrand, string> = {
  'identity-image-and-reputation': 'Identity, image and reputation',
  'health-and-well-being': 'Health and well-being',
  'digital-rights-licensing-and-ownership': 'Digital rights, licensing and ownership',
  'online-behaviour-and-cyberbullying': 'Online behaviour and cyberbullying',
};

/** The three frameworks, in the order the evidence report shows them. */
export const FRAMEWORKS = ['ecf', 'fourCs', 'dcf'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_STRANDS = {
  ecf: ECF_STRANDS,
  fourCs: FOUR_CS,
  dcf: DCF_STRANDS,
} as const satisfies Record<Framework, readonly string[]>;

export const FRAMEWORK_NAMES: Record<Framework, string> = {
  ecf: 'Education for a Connected World',
  fourCs: 'The four Cs of online risk',
  dcf: 'Digital Competence Framework (Wales): Citizenship',
};

export type StrandOf<F extends Framework> = (typeof FRAMEWORK_STRANDS)[F][number];

/** A zod enum whose refusal names the bad value and lists every allowed id with its name. */
function tagOf<const T extends readonly [string, ...string[]]>(
  framework: Framework,
  ids: T,
  names: Record<T[number], string>,
) {
  const allowed = ids.map((id) => `"${id}" (${names[id as T[number]]})`).join(', ');
  return z.enum(ids, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not one of the ${FRAMEWORK_NAMES[framework]} ids; use one of ${allowed}`,
  });
}

export const EcfStrandTag = tagOf('ecf', ECF_STRANDS, ECF_STRAND_NAMES);
export const FourCTag = tagOf('fourCs', FOUR_CS, FOUR_C_NAMES);
export const DcfStrandTag = tagOf('dcf', DCF_STRANDS, DCF_STRAND_NAMES);
