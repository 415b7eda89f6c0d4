/*
 * The one typed channel between the DOM overlay and the Phaser world: the overlay says what
 * is happening, the world scene shows it. An event name or payload cannot be misspelt.
 */
import type { Place } from '../domain/lessonPack';
import type { ShownScreen } from '../domain/screenContent';

export type Feeling = 'happy' | 'unsure' | 'worried' | 'relieved';

/** What the story's device shows, with where its words are (the world looks them up itself). */
export interface WorldScreen {
  packId: string;
  scenarioId: string;
  shown: ShownScreen;
  /** Chat bubbles from the question itself (a chat scenario's messages), as text keys. */
  messages: { from: 'them' | 'me'; textKey: string }[];
}

export interface EventMap {
  'world:scene': {
    place: Place;
    art: string[];
    character: string | null;
    screen?: WorldScreen | null;
    /** A trusted adult who comes into the scene (the story says "tell"). */
    adult?: string | null;
    /** How the child in the story feels now (a face beside them). */
    feeling?: Feeling;
  };
  /** The child chose to turn the screen (or the camera) off: it goes dark. */
  'world:screen-off': undefined;
  'world:right': undefined;
  'world:try-again': undefined;
  'world:stamp': { icon: string };
  'world:clear': undefined;
}

type Handler<K extends keyof EventMap> = (payload: EventMap[K]) => void;

class EventBus {
  private handlers = new Map<keyof EventMap, Set<Handler<never>>>();
  private lastScene: EventMap['world:scene'] | null = null;

  /**
   * What the world should show now, for a scene that starts listening late: Phaser loads after
   * the first scenario has already said where it is (the scene-ready handshake reads this).
   */
  currentScene(): EventMap['world:scene'] | null {
    return this.lastScene;
  }

  on<K extends keyof EventMap>(name: K, handler: Handler<K>): () => void {
    let set = this.handlers.get(name);
    if (!set) {
      set = new Set();
      this.handlers.set(name, set);
    }
    set.add(handler as Handler<never>);
    return () => set.delete(handler as Handler<never>);
  }

  emit<K extends keyof EventMap>(name: K, ...[payload]: EventMap[K] extends undefined ? [] : [EventMap[K]]): void {
    if (name === 'world:scene') this.lastScene = payload as EventMap['world:scene'];
    if (name === 'world:clear') this.lastScene = null;
    for (const handler of this.handlers.get(name) ?? []) (handler as Handler<K>)(payload as EventMap[K]);
  }
}

export const eventBus = new EventBus();
