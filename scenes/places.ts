/*
 * The colours of each place a scene can happen in (sky or wall above, floor below): shown while
 * the place's picture (assets/art/places) loads.
 */
import type { Place } from '../src/domain/lessonPack';

export interface PlaceLook {
  top: number;
  bottom: number;
  floor: number;
}

export const PLACE_LOOKS: Record<Place, PlaceLook> = {
  home: { top: 0xfff1d6, bottom: 0xffe2b0, floor: 0xc98f5a },
  bedroom: { top: 0xe3e4ff, bottom: 0xcfd2ff, floor: 0x8e7cc3 },
  kitchen: { top: 0xfdf3e1, bottom: 0xf6e2c2, floor: 0xb9a07a },
  park: { top: 0xcdeeff, bottom: 0xa9ddff, floor: 0x8fcf7a },
  classroom: { top: 0xe6f6ea, bottom: 0xcdeed5, floor: 0xa0785a },
  playground: { top: 0xcdeeff, bottom: 0xa9ddff, floor: 0x7cc36e },
  car: { top: 0xd9f0ff, bottom: 0xbfe3ff, floor: 0x8a8f99 },
  library: { top: 0xfbeede, bottom: 0xf3dcc0, floor: 0x9c6b43 },
  screen: { top: 0xe8f1ff, bottom: 0xd3e4ff, floor: 0x6f87b5 },
};
