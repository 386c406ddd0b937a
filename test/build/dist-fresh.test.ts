import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rollup, type RollupOptions } from 'rollup';

const ROOT = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'consentry-dist-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('dist/', () => {
  it('is exactly what the source builds to (run `npm run build` and commit dist/)', async () => {
    const configs: RollupOptions[] = (await import(join(ROOT, 'rollup.config.mjs'))).default;
    for (const config of configs) {
      const bundle = await rollup({ ...config, onwarn: () => {} });
      for (const o of ([] as NonNullable<RollupOptions['output']>[]).concat(config.output!)) {
        const output = Array.isArray(o) ? o[0] : o;
        await bundle.write({ ...output, file: join(out, relative(ROOT, output.file!)) });
      }
    }
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(ROOT, 'tsconfig.types.json'), '--declarationDir', join(out, 'dist/types')], { cwd: ROOT });
    const fresh = files(join(out, 'dist')).map((f) => relative(out, f)).sort();
    const committed = files(join(ROOT, 'dist')).map((f) => relative(ROOT, f)).sort();
    expect(committed).toEqual(fresh);
    for (const f of fresh) expect(readFileSync(join(ROOT, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
  });
});
