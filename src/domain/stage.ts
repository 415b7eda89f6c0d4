/*
 * The school stages a class can be. Its own module so that the device's records (read at
 * start-up) do not pull in the whole lesson-pack schema, which only a played pack needs.
 */
import * as z from 'zod/mini';

export const Stage = z.enum(['EYFS', 'KS1', 'LKS2', 'UKS2', 'KS2', 'family']);
export type Stage = z.infer<typeof Stage>;
