/* Scene keys as constants: one place to name every scene (the Phaser template's habit). */
export const SceneKey = {
  World: 'world',
} as const;
