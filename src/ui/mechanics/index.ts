import type { Mechanic } from '../../domain/lessonPack';
import { chatView } from './chatView';
import { choiceView } from './choiceView';
import type { MechanicView } from './mechanicView';
import { passwordView } from './passwordView';
import { privacySettingsView } from './privacySettingsView';
import { sortView } from './sortView';
import { spotView } from './spotView';
import { trafficLightView } from './trafficLightView';
import { trueOrNotView } from './trueOrNotView';

/** The one list of mechanics the game can play. */
export const MECHANIC_VIEWS: Record<Mechanic, MechanicView> = {
  choice: choiceView,
  'traffic-light': trafficLightView,
  chat: chatView,
  sort: sortView,
  spot: spotView,
  password: passwordView,
  'privacy-settings': privacySettingsView,
  'true-or-not': trueOrNotView,
};
