import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// `npm test` builds first; this guards the cost of automatic blocking for visitors.
describe('consentry-blocker.js', () => {
  it('stays within its size budget (gzip)', () => {
    const file = readFileSync(join(import.meta.dirname, '../../dist/consentry-blocker.js'));
    expect(gzipSync(file, { level: 9 }).length).toBeLessThanOrEqual(BUDGET);
  });
});

const BUDGET = 3700;
