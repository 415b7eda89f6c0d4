import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from '../../src/domain/localDate';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('localDate()', () => {
  it("gives the device's date just after midnight in British Summer Time, when UTC is still yesterday", () => {
    process.env.TZ = 'Europe/London';
    const at = new Date('2026-06-14T23:30:00Z');
    expect(at.toISOString().slice(0, 10)).toBe('2026-06-14');
    expect(localDate(at)).toBe('2026-06-15');
  });

  it("gives the device's date in the evening west of Greenwich, when UTC is already tomorrow", () => {
    process.env.TZ = 'America/New_York';
    expect(localDate(new Date('2026-01-01T03:15:00Z'))).toBe('2025-12-31');
  });

  it('keeps a time of 23:30 on the day it was made, in any time zone', () => {
    for (const tz of ['Europe/London', 'Pacific/Auckland', 'America/Los_Angeles', 'UTC']) {
      process.env.TZ = tz;
      expect(localDate(new Date(2026, 2, 29, 23, 30))).toBe('2026-03-29');
    }
  });
});

describe('dates in the app', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : /\.m?ts$/.test(e.name) ? [join(dir, e.name)] : [],
    );

  it('are never the UTC date cut out of an ISO time (file names and printed dates use localDate)', () => {
    const utcDates = sources('src').filter((file) =>
      /toISOString\(\)\s*\.\s*(slice|substring|substr|split)|\.getUTC(FullYear|Month|Date|Day)\(/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(utcDates).toEqual([]);
  });
});
