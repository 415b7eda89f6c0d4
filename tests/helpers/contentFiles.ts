/* Reads lesson packs and locales from disk, as the build would, for content tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack, type PackResult } from '../../src/domain/packLoader';

export const ROOT = join(import.meta.dirname, '..', '..');
export const LANGUAGES = ['en-GB', 'cy'] as const;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function packIds(): string[] {
  return readdirSync(join(ROOT, 'lessons')).filter((d) => existsSync(join(ROOT, 'lessons', d, 'pack.json')));
}

export function readPack(packId: string): PackResult {
  const dir = join(ROOT, 'lessons', packId);
  const scenarioDir = join(dir, 'scenarios');
  const scenarios: Record<string, unknown> = {};
  for (const f of existsSync(scenarioDir) ? readdirSync(scenarioDir) : []) {
    if (f.endsWith('.json')) scenarios[`lessons/${packId}/scenarios/${f}`] = readJson(join(scenarioDir, f));
  }
  return loadPack(`lessons/${packId}/pack.json`, readJson(join(dir, 'pack.json')), scenarios);
}

/** The namespace as i18next will see it: the pack file deep-merged with its folder's files. */
export function readNamespace(lang: string, ns: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const file = join(ROOT, 'locales', lang, `${ns}.json`);
  if (existsSync(file)) deepMerge(merged, readJson(file) as Record<string, unknown>);
  const dir = join(ROOT, 'locales', lang, ns);
  for (const f of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (f.endsWith('.json')) deepMerge(merged, readJson(join(dir, f)) as Record<string, unknown>);
  }
  return merged;
}

function deepMerge(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(from)) {
    const existing = into[k];
    if (v && typeof v === 'object' && existing && typeof existing === 'object') {
      deepMerge(existing as Record<string, unknown>, v as Record<string, unknown>);
    } else into[k] = v;
  }
}

export function lookup(tree: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );
}

export function allStrings(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([k, v]) => allStrings(v, prefix ? `${prefix}.${k}` : k));
}
