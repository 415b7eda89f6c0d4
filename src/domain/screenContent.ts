/*
 * What the story's device shows on its screen, as data: a small vocabulary of screen contents
 * (a pop-up, a game with its chat, a video call…) that an author picks from in a scenario's
 * `onScreen`, so the world scene can draw the thing the caption talks about. Words come from
 * the pack's locales under keys derived from ids (`screenWords()`), never from the JSON.
 * Kept apart from lessonPack.ts (which imports it) so the vocabulary reads as one list.
 */
import { z } from 'zod';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');
const IconName = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an icon name from assets/icons (lower-case, hyphens)');

/** The device the story's screen is on. */
export const Device = z.enum(['tablet', 'laptop', 'phone', 'computer']);
export type Device = z.infer<typeof Device>;

const ScreenMessage = z.object({ id: Id, from: z.enum(['them', 'me']) });
const common = {
  /** Choices that, chosen, turn the screen (or the camera) off: the world shows it going dark. */
  offWhen: z.array(Id).default([]),
  /** Another device than the scenario's, for this screen only (Grandma's phone in a tablet story). */
  device: Device.optional(),
};
/** What a box pops up over: the game or video behind it (an icon). */
const behind = { behind: IconName.optional() };

export const ScreenContent = z.discriminatedUnion('show', [
  /** A box that pops up: its words and a (fake) button. */
  z.object({ show: z.literal('popup'), icon: IconName.default('warning'), ...behind, ...common }),
  /** A game with its chat box; messages arrive one by one (a chat scenario's own when absent). */
  z.object({
    show: z.literal('game-chat'),
    game: IconName,
    messages: z.array(ScreenMessage).max(4).optional(),
    ...common,
  }),
  /** A message app: who it is from, and the messages (a chat scenario's own when absent). */
  z.object({
    show: z.literal('message-thread'),
    contact: IconName,
    messages: z.array(ScreenMessage).max(4).optional(),
    ...common,
  }),
  /** A video call: the caller, the child's own small picture and the camera light. */
  z.object({ show: z.literal('video-call'), caller: IconName, ...common }),
  /** What was typed in the search box, and what came back. */
  z.object({
    show: z.literal('search-results'),
    results: z
      .array(z.object({ id: Id, icon: IconName }))
      .min(1)
      .max(3),
    ...common,
  }),
  /** An advert: a picture, its words and its button. */
  z.object({ show: z.literal('advert'), icon: IconName, ...behind, ...common }),
  /** A box asking for a name and password. */
  z.object({ show: z.literal('login-box'), ...behind, ...common }),
  /** "You won!" */
  z.object({ show: z.literal('prize-banner'), icon: IconName.default('party-popper'), ...behind, ...common }),
  /** A little banner at the top of the screen, with a ping. */
  z.object({ show: z.literal('notification'), app: IconName, ...behind, ...common }),
  /** A game being played, with its name. */
  z.object({ show: z.literal('game'), game: IconName, ...common }),
  /** A video or cartoon playing, with its name. */
  z.object({ show: z.literal('video'), icon: IconName, ...common }),
  /** A photo on the screen, with a button (send, delete…). */
  z.object({ show: z.literal('photo'), icon: IconName, ...common }),
  /** The device's own home screen: app pictures, no words. */
  z.object({ show: z.literal('home-screen'), ...common }),
  /** The device is there, its screen dark (switched off, logged off). */
  z.object({ show: z.literal('off'), ...common }),
  /** No device in this part of the story. */
  z.object({ show: z.literal('nothing'), ...common }),
]);
export type ScreenContent = z.infer<typeof ScreenContent>;
export type ScreenKind = ScreenContent['show'];

/** Every kind of screen content, for the world scene and the tests. */
export const SCREEN_KINDS = ScreenContent.options.map((o) => o.shape.show.value) as readonly ScreenKind[];

/** The words each kind shows (fields under its key), besides its messages or results. */
const WORDS: Record<ScreenKind, readonly string[]> = {
  popup: ['title', 'button'],
  'game-chat': ['game'],
  'message-thread': ['name'],
  'video-call': ['name'],
  'search-results': ['query'],
  advert: ['text', 'button'],
  'login-box': ['title', 'button'],
  'prize-banner': ['text', 'button'],
  notification: ['app', 'text'],
  game: ['title'],
  video: ['title'],
  photo: ['button'],
  'home-screen': [],
  off: [],
  nothing: [],
};

/** The key every word of one screen content is under (`at`: `intro` or a step id). */
export function screenBase(scenarioId: string, at: string): string {
  return `scenarios.${scenarioId}.screen.${at}`;
}

/** The keys one screen content needs, in the order it shows them. */
export function screenWords(scenarioId: string, at: string, content: ScreenContent): string[] {
  const base = screenBase(scenarioId, at);
  const keys = WORDS[content.show].map((field) => `${base}.${field}`);
  if ((content.show === 'game-chat' || content.show === 'message-thread') && content.messages) {
    for (const m of content.messages) keys.push(`${base}.messages.${m.id}`);
  }
  if (content.show === 'search-results') for (const r of content.results) keys.push(`${base}.results.${r.id}`);
  return keys;
}

interface ScreenScenario {
  id: string;
  device?: Device | undefined;
  onScreen?: Record<string, ScreenContent> | undefined;
}

/** Every key a scenario's screens need (an empty list when it shows no screen). */
export function screenKeys(scenario: ScreenScenario): string[] {
  return Object.entries(scenario.onScreen ?? {}).flatMap(([at, content]) => screenWords(scenario.id, at, content));
}

/** A screen as the world draws it: what it shows, on which device, and where its words are. */
export interface ShownScreen {
  device: Device;
  /** Where in the story this screen was set (`intro` or a step id): its words are under it. */
  at: string;
  content: ScreenContent;
}

/**
 * What the screen shows at a point of the story: the content set there, else the latest one
 * set before it (`order` is the scenario's step ids in order; `at` is `intro` or one of them).
 */
export function screenAt(scenario: ScreenScenario, order: readonly string[], at: string): ShownScreen | null {
  const screens = scenario.onScreen ?? {};
  const points = ['intro', ...order];
  const upTo = points.indexOf(at);
  for (let i = upTo < 0 ? points.length - 1 : upTo; i >= 0; i--) {
    const point = points[i] as string;
    const content = screens[point];
    if (content) return { device: content.device ?? scenario.device ?? 'tablet', at: point, content };
  }
  return null;
}

/** Does this answer turn the screen off (the child chose "turn it off", "camera off"…)? */
export function turnsScreenOff(screen: ShownScreen | null, choiceIds: readonly string[]): boolean {
  return !!screen && choiceIds.some((id) => screen.content.offWhen.includes(id));
}

/**
 * What is wrong with a scenario's screens, by field: a screen set at a step the scenario does
 * not have, or an `offWhen` naming a choice no step offers.
 */
export function screenProblems(
  scenario: ScreenScenario,
  steps: readonly { id: string; choiceIds: readonly string[] }[],
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const choices = new Set(steps.flatMap((s) => s.choiceIds));
  for (const [at, content] of Object.entries(scenario.onScreen ?? {})) {
    if (at !== 'intro' && !steps.some((s) => s.id === at)) {
      problems.push({ field: `onScreen.${at}`, message: `"${at}" is not "intro" or a step of this scenario` });
    }
    for (const id of content.offWhen) {
      if (!choices.has(id)) problems.push({ field: `onScreen.${at}.offWhen`, message: `"${id}" is not a choice here` });
    }
  }
  return problems;
}
