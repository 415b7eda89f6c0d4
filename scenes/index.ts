/* The one list of scenes (as in the Phaser + Vite template). */
import { WorldScene } from './WorldScene';

export const SCENES = [WorldScene];
