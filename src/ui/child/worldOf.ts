/*
 * What the world behind the overlay shows at a point of a scenario: the place, the child, the
 * story's pictures, what the device's screen shows (its words looked up by the world, in the
 * current language) and, once the story says "tell", a trusted adult.
 */
import type { EventMap } from '../../app/eventBus';
import type { Place, Scenario } from '../../domain/lessonPack';
import type { Question } from '../../domain/questions';
import { questionsOf } from '../../domain/questions';
import { type ShownScreen, screenAt, turnsScreenOff } from '../../domain/screenContent';

/** The trusted adult who comes into a place's scene when the story says "tell". */
const ADULT_AT: Record<Place, string> = {
  home: 'woman',
  bedroom: 'woman',
  kitchen: 'old-woman',
  classroom: 'woman-teacher',
  playground: 'woman-teacher',
  park: 'man',
  car: 'man',
  library: 'woman-teacher',
  screen: 'woman',
};

/** `at`: 'intro', a question's id, or 'outro' (the story's end: the screen as it last was, and the adult). */
export function worldOf(
  packId: string,
  scenario: Scenario,
  at: string,
  avatar: string,
  art: string[],
  question?: Question,
): EventMap['world:scene'] {
  const shown = screenOf(scenario, at);
  // Someone who is only in the chat is on the screen, not in the room.
  const chatting =
    scenario.mechanic === 'chat' && shown && ['game-chat', 'message-thread'].includes(shown.content.show);
  return {
    place: scenario.place,
    art: chatting && scenario.mechanic === 'chat' ? art.filter((a) => a !== scenario.contact) : art,
    character: scenario.character ?? avatar,
    screen: shown && { packId, scenarioId: scenario.id, shown, messages: question?.messages ?? [] },
    adult: at === 'outro' ? ADULT_AT[scenario.place] : null,
    // Happy at the start and once a grown-up is there; unsure while deciding.
    feeling: at === 'intro' || at === 'outro' ? 'happy' : 'unsure',
  };
}

function screenOf(scenario: Scenario, at: string): ShownScreen | null {
  return screenAt(
    scenario,
    questionsOf(scenario).map((q) => q.id),
    at,
  );
}

/** Does this answer, at this question, turn the screen or the camera off? */
export function turnsOff(scenario: Scenario, questionId: string, choiceIds: string[]): boolean {
  return turnsScreenOff(screenOf(scenario, questionId), choiceIds);
}
