import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Narrator } from '../../src/audio/narrator';
import { fromTemplate, line, nameLine, type Spoken } from '../../src/audio/spoken';
import { narrationFileName } from '../../src/domain/sha256';

/** What was heard, in order: `file:<words>`, `teacher:<words>`, `device:<words>`. */
let heard: string[] = [];
const byFile = new Map<string, string>();

vi.mock('howler', () => ({
  // No WebAudio here: howler's global has no context to share with the gentle sounds.
  Howler: { ctx: null },
  Howl: class {
    private readonly handlers = new Map<string, () => void>();
    constructor(private readonly options: { src: string[] }) {}
    once(event: string, f: () => void) {
      this.handlers.set(event, f);
    }
    play() {
      const name = /([0-9a-f]{20})\.mp3$/.exec(this.options.src[0] ?? '')?.[1] ?? '';
      heard.push(`file:${byFile.get(name)}`);
      setTimeout(() => this.handlers.get('end')?.(), 5);
      return 1;
    }
    stop() {
      this.handlers.get('stop')?.();
    }
    unload() {}
  },
}));

const WITH_FILES = ['Helo', "Dewisa addewid i'w chwarae.", 'Da iawn!'];

function narratorWith(voices: string[]) {
  for (const words of WITH_FILES) byFile.set(narrationFileName(words), words);
  vi.stubGlobal('fetch', async () => ({ ok: true, json: async () => ({ cy: [...byFile.keys()] }) }));
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      onend: (() => void) | null = null;
      constructor(readonly text: string) {}
    },
  );
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices.map((lang) => ({ lang })),
    speak: (u: { text: string; onend: () => void }) => {
      heard.push(`device:${u.text}`);
      setTimeout(() => u.onend(), 5);
    },
    cancel: () => {},
  });
  vi.stubGlobal(
    'Audio',
    class {
      onended: (() => void) | null = null;
      onerror: (() => void) | null = null;
      playbackRate = 1;
      constructor(readonly src: string) {}
      play() {
        heard.push(`teacher:${recordings.get(this.src)}`);
        setTimeout(() => this.onended?.(), 5);
        return Promise.resolve();
      }
      pause() {}
    },
  );
  return new Narrator();
}

const recordings = new Map<string, string>();
const hello: Spoken = fromTemplate("Helo \u0001name\u0001! Dewisa addewid i'w chwarae.", 'common:map.hello', {
  name: [nameLine('Amelia J')],
});

beforeEach(() => {
  heard = [];
  recordings.clear();
});
afterEach(() => vi.unstubAllGlobals());

describe('Narrator.say()', () => {
  it('says a sequence one line after another, each from its own file, and the name by the device', async () => {
    const narrator = narratorWith(['cy-GB']);
    await narrator.say(hello, 'cy');
    expect(heard).toEqual(['file:Helo', 'device:Amelia J', "file:Dewisa addewid i'w chwarae."]);
  });

  it("skips a name when the device has no voice for the language, and never says a line's punctuation", async () => {
    const narrator = narratorWith(['en-GB']);
    await narrator.say([...hello, line(' – ', 'dash')], 'cy');
    expect(heard).toEqual(['file:Helo', "file:Dewisa addewid i'w chwarae."]);
  });

  it("plays the class teacher's own recording of a line in place of its file", async () => {
    const narrator = narratorWith([]);
    narrator.teacherVoice = async (words) => {
      if (words !== 'Da iawn!') return undefined;
      const blob = new Blob(['take'], { type: 'audio/webm' });
      return blob;
    };
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      recordings.set('blob:take', 'Da iawn!');
      return 'blob:take';
    });
    await narrator.say([line('Da iawn!'), line("Dewisa addewid i'w chwarae.")], 'cy');
    expect(heard).toEqual(['teacher:Da iawn!', "file:Dewisa addewid i'w chwarae."]);
    createObjectURL.mockRestore();
  });

  it('stops the whole sequence when stopped, and a new line replaces it', async () => {
    const narrator = narratorWith(['cy']);
    const stopAtFirstLine = narrator.onChange((speaking) => {
      if (speaking) setTimeout(() => narrator.stop(), 1);
    });
    await narrator.say(hello, 'cy');
    stopAtFirstLine();
    await narrator.say([line('Da iawn!')], 'cy');
    expect(heard).toEqual(['file:Helo', 'file:Da iawn!']);
  });

  it('tells listeners it is speaking for the whole sequence, and which voice each line has', async () => {
    const narrator = narratorWith(['cy']);
    const changes: string[] = [];
    narrator.onChange((speaking, source) => changes.push(speaking ? source : 'quiet'));
    await narrator.say(hello, 'cy');
    expect(changes).toEqual(['quiet', 'file', 'device', 'file', 'quiet']);
  });
});
