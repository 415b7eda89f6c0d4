/*
 * The words a child promises or signs are the school's words. The record keeps "the exact
 * wording shown", so every agreement text must be the policy's wording (kept in
 * policy-wording.json, copied from the seeds), with only the corrections the pack lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookup, ROOT, readNamespace, readPack } from '../helpers/contentFiles';

interface Correction {
  item: string;
  policy: string;
  shown: string;
}
interface PolicyWording {
  policy: string;
  intro?: string;
  declaration?: string;
  items: Record<string, { keyword?: string; text: string }>;
  corrections?: Correction[];
}

const wording = JSON.parse(readFileSync(join(ROOT, 'tests/content/policy-wording.json'), 'utf8')) as Record<
  string,
  PolicyWording | string
>;
const policyOf = (id: string) => wording[id] as PolicyWording;

/** The policy's words for one item, after the listed corrections (each must change something). */
function corrected(item: string, words: string, corrections: Correction[]): string {
  return corrections
    .filter((c) => c.item === item)
    .reduce((text, c) => {
      expect(text, `correction of ${item} must find "${c.policy}" in the policy's words`).toContain(c.policy);
      return text.replace(c.policy, c.shown);
    }, words);
}

describe.each(['eyfs-promise', 'ks1-safe', 'ks2-i-am'])('the agreement of %s', (packId) => {
  const read = readPack(packId);
  if (!read.ok) throw new Error(`${packId} does not load`);
  const { agreement } = read.pack.manifest;
  const policy = policyOf(packId);
  const corrections = agreement.source?.corrections ?? [];
  const en = readNamespace('en-GB', packId);

  it('names the policy it comes from', () => {
    expect(agreement.source?.policy).toBe(policy.policy);
  });

  it('has the same promises, in the same order, as the policy', () => {
    expect(agreement.promises.map((p) => p.id)).toEqual(Object.keys(policy.items));
  });

  it.each(agreement.promises.map((p) => p.id))('says %s in the policy’s words', (id) => {
    const item = policy.items[id];
    if (!item) throw new Error(`${id} is not in policy-wording.json`);
    expect(lookup(en, `promises.${id}.text`)).toBe(corrected(id, item.text, corrections));
    if (packId === 'ks2-i-am' && item.keyword) {
      expect(lookup(en, `promises.${id}.keyword`)).toBe(corrected(`${id}.keyword`, item.keyword, corrections));
    }
  });

  it('opens (and, when signed, closes) with the policy’s words', () => {
    if (policy.intro) expect(lookup(en, 'pack.intro')).toBe(corrected('intro', policy.intro, corrections));
    if (policy.declaration) {
      expect(lookup(en, 'pack.declaration')).toBe(corrected('declaration', policy.declaration, corrections));
    }
  });

  it('lists only corrections of items it has', () => {
    const items = new Set(['intro', 'declaration', ...agreement.promises.flatMap((p) => [p.id, `${p.id}.keyword`])]);
    expect(corrections.filter((c) => !items.has(c.item) || c.policy === c.shown)).toEqual([]);
  });
});

describe("the parents' and carers' agreement", () => {
  const policy = policyOf('family');
  const en = readNamespace('en-GB', 'family');
  const points = lookup(en, 'parents.points') as Record<string, string>;

  it('has the policy’s points, in order', () => {
    expect(Object.keys(points)).toEqual(Object.keys(policy.items));
  });

  it.each(Object.keys(policy.items))('says %s in the policy’s words', (id) => {
    expect(points[id]).toBe(corrected(id, policy.items[id]?.text ?? '', policy.corrections ?? []));
  });
});
