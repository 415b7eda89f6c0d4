/*
 * Bringing tablets together: the merge plan's rules, over generated backups arriving in any
 * order and more than once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Backup, BackupRecording, type DeviceRecords, planAdds, planMerge } from '../../src/domain/backup';
import { activeWording, type SchoolWording } from '../../src/domain/schoolWording';
import { generateSchool } from '../fixtures/school';
import { readPack } from '../helpers/contentFiles';

const read = readPack('ks1-safe');
if (!read.ok) throw new Error('ks1-safe does not load');
const school = generateSchool(read.pack, { classes: 3, pupilsPerClass: 4, attemptsPerPupil: 6 });
const nothingHere: DeviceRecords = { classes: [], pupils: [], attemptIds: new Set(), acknowledgementIds: new Set() };

/** The device after a plan is applied, as deviceRecords() would read it back. */
function applied(here: DeviceRecords, plan: ReturnType<typeof planMerge>): DeviceRecords {
  return {
    classes: [...here.classes, ...plan.classes],
    pupils: [...here.pupils, ...plan.pupils],
    attemptIds: new Set([...here.attemptIds, ...plan.attempts.map((a) => a.id)]),
    acknowledgementIds: new Set([...here.acknowledgementIds, ...plan.acknowledgements.map((a) => a.id)]),
    wordingIds: new Set([...(here.wordingIds ?? []), ...plan.wordings.map((w) => w.id)]),
    recordingIds: new Set([...(here.recordingIds ?? []), ...plan.recordings.map((r) => r.id)]),
    packIds: here.packIds,
  };
}

const wording = (id: string, publishedAt: string, extra: Partial<SchoolWording> = {}): SchoolWording => ({
  id,
  packId: 'ks1-safe',
  number: 1,
  publishedAt,
  builtIn: false,
  imported: false,
  items: [{ id: 'item-1', words: { 'en-GB': { keyword: 'KIND', text: 'I am kind' } }, promises: ['kind'] }],
  ...extra,
});

describe('the merge plan', () => {
  it('whatever order the tablets arrive in, and however often, the same records come in once', () => {
    const all = new Set(school.flatMap((b) => b.attempts.map((a) => a.id)));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: school.length - 1 }), { minLength: 1, maxLength: 8 }), (order) => {
        const backups = order.map((i) => school[i] as Backup);
        const plan = planMerge(nothingHere, backups, true);
        const expected = new Set(backups.flatMap((b) => b.attempts.map((a) => a.id)));
        expect(new Set(plan.attempts.map((a) => a.id))).toEqual(expected);
        expect(plan.attempts).toHaveLength(expected.size);
        // The same files again add nothing.
        expect(planAdds(planMerge(applied(nothingHere, plan), backups, true))).toBe(0);
        for (const id of expected) expect(all.has(id)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('a pupil added separately on two tablets to the same class becomes one pupil with both sets of answers', () => {
    const [tabletA] = school as [Backup];
    const klass = tabletA.classes[0];
    const ada = tabletA.pupils[0];
    if (!klass || !ada) throw new Error('fixture');
    // Tablet B had the class from a backup, then the teacher typed Ada in again there.
    const adaOnB = { ...ada, id: 'pupil-on-tablet-b' };
    const answerOnB = { ...(tabletA.attempts[0] as Backup['attempts'][number]), id: 'answer-on-b', pupilId: adaOnB.id };
    const tabletB: Backup = {
      ...tabletA,
      classes: [klass],
      pupils: [adaOnB],
      attempts: [answerOnB],
      acknowledgements: [],
    };
    const here = applied(nothingHere, planMerge(nothingHere, [tabletA], true));
    const plan = planMerge(here, [tabletB], true);
    expect(plan.pupils).toEqual([]);
    expect(plan.pupilMatches.map((m) => m.existing.id)).toEqual([ada.id]);
    expect(plan.attempts.map((a) => a.pupilId)).toEqual([ada.id]);
    // Without merging, the teacher keeps both (and sees the match offered).
    expect(planMerge(here, [tabletB], false).pupils.map((p) => p.id)).toEqual([adaOnB.id]);
  });

  it('a backup whose only new thing is a school wording or a recording can be imported', () => {
    const [tablet] = school as [Backup];
    const here = applied(nothingHere, planMerge(nothingHere, [tablet], true));
    const withWording: Backup = { ...tablet, wordings: [wording('wording-from-b', '2026-10-01T09:00:00.000Z')] };
    const plan = planMerge(here, [withWording], true);
    expect(planAdds(plan)).toBe(1);
    expect(plan.wordings[0]?.imported).toBe(true);
  });

  it('an imported wording never becomes the one children play until it is chosen', () => {
    const ours = wording('ours-0001', '2026-09-01T09:00:00.000Z');
    const theirs = wording('theirs-001', '2026-10-01T09:00:00.000Z', { imported: true });
    expect(activeWording([ours, theirs])?.id).toBe('ours-0001');
    expect(activeWording([theirs])).toBeUndefined();
    const chosen = wording('chosen-001', '2026-11-01T09:00:00.000Z', { items: theirs.items });
    expect(activeWording([ours, theirs, chosen])?.id).toBe('chosen-001');
  });

  it('a backup using a lesson pack this device does not have is refused by name', () => {
    const [tablet] = school as [Backup];
    const foreign: Backup = { ...tablet, classes: tablet.classes.map((c) => ({ ...c, packId: 'ks3-secret-pack' })) };
    const plan = planMerge({ ...nothingHere, packIds: new Set(['ks1-safe', 'ks2-i-am']) }, [foreign], true);
    expect(plan.unknownPacks).toEqual(['ks3-secret-pack']);
    expect(planMerge({ ...nothingHere, packIds: new Set(['ks1-safe']) }, [tablet], true).unknownPacks).toEqual([]);
  });

  it('an imported recording meets the same limit as one saved here (not empty, under 2 MB)', () => {
    const base = {
      id: 'x',
      classId: '00000000-0000-4000-8000-000000000000',
      lang: 'en-GB',
      lineHash: '0123456789abcdef0123',
      text: 'Hello',
      mime: 'audio/webm',
      recordedAt: '2026-10-01T09:00:00.000Z',
    };
    expect(BackupRecording.safeParse({ ...base, audioBase64: 'AAAA' }).success).toBe(true);
    expect(BackupRecording.safeParse({ ...base, audioBase64: '' }).success).toBe(false);
    expect(BackupRecording.safeParse({ ...base, audioBase64: 'A'.repeat(2_700_000) }).success).toBe(false);
    expect(BackupRecording.safeParse({ ...base, audioBase64: 'AAAA', mime: 'text/html' }).success).toBe(false);
  });
});
