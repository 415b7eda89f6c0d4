/*
 * `npm ci` must accept the lock on any machine, today and the day a package publishes a new
 * version: every dependency is resolved to a fixed version, none through a moving dist-tag.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { overrides?: Record<string, string> };

/** A dist-tag ("latest", "next", "beta") rather than a version, a range, an alias, a path or a URL. */
function isDistTag(spec: string): boolean {
  return /^[A-Za-z][\w.-]*$/.test(spec) && !/^[xX]$/.test(spec);
}

/** Each dependency the lock declares with a dist-tag: package → dependency → tag. */
function distTagDependencies(packages: Record<string, LockEntry>): string[] {
  const found: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const deps of [entry.dependencies, entry.optionalDependencies, entry.peerDependencies]) {
      for (const [name, spec] of Object.entries(deps ?? {}))
        if (isDistTag(spec)) found.push(`${path || '.'} → ${name}@${spec}`);
    }
  }
  return found;
}

describe('the lock', () => {
  it('tells a dist-tag from a version or a range', () => {
    for (const tag of ['latest', 'next', 'beta', 'canary']) expect(isDistTag(tag)).toBe(true);
    for (const spec of ['1.2.3', '^4.11.0', '~2.2', '>=20', '*', 'x', '1.x', 'npm:foo@1', 'file:../x', '4.1'])
      expect(isDistTag(spec)).toBe(false);
  });

  it('resolves every dependency asked for by a dist-tag to the exact version pinned in overrides', () => {
    const unpinned = distTagDependencies(lock.packages).filter((line) => {
      const name = /→ (.+)@[^@]+$/.exec(line)?.[1] ?? '';
      const pinned = manifest.overrides?.[name];
      const locked = lock.packages[`node_modules/${name}`]?.version;
      return !pinned || !/^\d+\.\d+\.\d+$/.test(pinned) || locked !== pinned;
    });
    expect(unpinned, 'pin each of these with an exact version in package.json "overrides"').toEqual([]);
  });

  it('catches a dist-tag that is not pinned', () => {
    const packages = { 'node_modules/a': { dependencies: { b: 'latest', c: '^1.0.0' } } };
    expect(distTagDependencies(packages)).toEqual(['node_modules/a → b@latest']);
  });
});
