/*
 * The app's `zod` (vite.config.ts aliases the bare name here). zod compiles object parsers with
 * `new Function` where it may; the page's CSP forbids eval, so its probe only made Chromium
 * report a violation. Being zod's importer, this runs before any schema is made.
 */
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
