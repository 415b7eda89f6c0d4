import { describe, expect, it } from 'vitest';
import { turnsOff, worldOf } from '../../src/ui/child/worldOf';
import { readPack } from '../helpers/contentFiles';

const read = readPack('ks1-safe');
if (!read.ok) throw new Error('ks1-safe does not load');
const scenario = (id: string) => {
  const found = read.pack.scenarios.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('worldOf()', () => {
  it("shows Grandma's call on the tablet at the start, with the child happy and no adult yet", () => {
    const world = worldOf('ks1-safe', scenario('clothes-grandma-call'), 'intro', 'cat', ['tablet', 'old-woman']);
    expect(world.screen?.shown.content.show).toBe('video-call');
    expect(world.screen?.shown.at).toBe('intro');
    expect(world).toMatchObject({ place: 'home', character: 'girl', feeling: 'happy', adult: null });
  });

  it('brings a trusted adult in at the end, and the child is unsure while deciding', () => {
    const s = scenario('clothes-grandma-call');
    expect(worldOf('ks1-safe', s, 'get-dressed', 'cat', []).feeling).toBe('unsure');
    expect(worldOf('ks1-safe', s, 'outro', 'cat', []).adult).toBe('woman');
  });

  it('draws someone who is only in the chat on the screen, not in the room', () => {
    const s = scenario('tell-worried-friend');
    const world = worldOf('ks1-safe', s, 'worried', 'cat', ['girl']);
    expect(world.art).toEqual([]);
    expect(world.screen?.shown.content.show).toBe('game-chat');
  });

  it('turns the screen off only for the choice that ends the call', () => {
    const s = scenario('clothes-grandma-call');
    expect(turnsOff(s, 'get-dressed', ['say-bye'])).toBe(true);
    expect(turnsOff(s, 'get-dressed', ['dress-on-camera'])).toBe(false);
  });
});
