/* Whether the teacher area is open: in memory only, so a reload or a new tab always asks again. */
let unlockedUntil = 0;
/** The teacher stays in for a few minutes, so moving between their pages does not ask again. */
export const isUnlocked = () => Date.now() < unlockedUntil;
export const lockNow = () => {
  unlockedUntil = 0;
};
export const markUnlocked = () => {
  unlockedUntil = Date.now() + 10 * 60 * 1000;
};
