/*
 * The layers hold by lint, not by habit: Biome's restricted imports check paths, and one folder's
 * rule does not replace another's. Probe files are written where the rules apply, linted, removed.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function lintErrors(files: Record<string, string>): string {
  const paths = Object.keys(files);
  try {
    for (const [path, code] of Object.entries(files)) writeFileSync(path, code);
    const run = spawnSync('npx', ['biome', 'lint', '--max-diagnostics=50', ...paths], { encoding: 'utf8' });
    return `${run.stdout}${run.stderr}`;
  } finally {
    for (const path of paths) rmSync(path, { force: true });
  }
}

describe('layers', () => {
  const out = lintErrors({
    'src/domain/zzLayerProbe.ts':
      "import i18next from 'i18next';\nimport { newId } from '../storage/repositories';\n\nexport const probe = [i18next, newId];\n",
    'src/ui/zzLayerProbe.ts':
      "import { teacherLayout } from '../teacher/teacherLayout';\nimport { guarded } from '../storage/storageError';\n\nexport const probe = [teacherLayout, guarded];\n",
    'src/app/zzLayerProbe.ts': "import Dexie from 'dexie';\n\nexport const probe = Dexie;\n",
  });
  const at = (file: string, line: number) =>
    new RegExp(`${file.replace(/[/.]/g, '\\$&')}:${line}:\\d+ lint/style/noRestrictedImports`).test(out);

  it('src/domain imports no other folder of ours, and still no i18next (the src/** rule does not replace its list)', () => {
    expect(at('src/domain/zzLayerProbe.ts', 1), out).toBe(true);
    expect(at('src/domain/zzLayerProbe.ts', 2), out).toBe(true);
  });

  it('src/ui imports no src/teacher and no src/storage module', () => {
    expect(at('src/ui/zzLayerProbe.ts', 1), out).toBe(true);
    expect(at('src/ui/zzLayerProbe.ts', 2), out).toBe(true);
  });

  it('only src/storage imports dexie', () => {
    expect(at('src/app/zzLayerProbe.ts', 1), out).toBe(true);
  });
});
