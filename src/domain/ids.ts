/* Ids for new records: random, so records made on different tablets never collide. */
export const newId = (): string => crypto.randomUUID();
