/* A screen whose render was overtaken by a newer one speaks no line and knows it is not live. */
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/appContext';
import { screenContext } from '../../src/app/screenContext';
import type { Captions } from '../../src/ui/caption';

function fakeApp() {
  const said: unknown[] = [];
  const caption: Captions = {
    el: {} as HTMLElement,
    say: async (spoken) => void said.push(spoken),
    speak: async () => void said.push('again'),
    relabel: () => {},
  };
  const app = {
    repos: 'school',
    settings: { language: 'en-GB' },
    current: { name: 'title' },
    caption,
    live: () => true,
  } as unknown as AppContext;
  return { app, caption, said };
}

describe('screenContext', () => {
  it('speaks while its screen is the one asked for, and is silent once another has been', async () => {
    const { app, caption, said } = fakeApp();
    let generation = 1;
    const first = screenContext(app, caption, () => generation === 1);
    await first.caption.say('Hello Ben K!');
    generation = 2; // the child tapped the map while the scenario was still loading
    await first.caption.say('A line from the overtaken screen');
    await first.caption.speak();
    expect(first.live()).toBe(false);
    expect(said).toEqual(['Hello Ben K!']);
  });

  it('reads and writes the app itself (settings, repositories), so a screen changing them changes the app', () => {
    const { app, caption } = fakeApp();
    const view = screenContext(app, caption, () => true);
    view.settings = { language: 'cy' } as AppContext['settings'];
    view.repos = 'guest' as unknown as AppContext['repos'];
    expect(app.settings).toEqual({ language: 'cy' });
    expect(app.repos).toBe('guest');
  });
});
