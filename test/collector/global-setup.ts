import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = join(import.meta.dirname, '..', '..');
const PG_DIR = process.env.COLLECTOR_PG_DIR || '/tmp/consentry-collector-pg';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * PostgreSQL for the storage tests: DATABASE_URL when set, else a throwaway cluster started by
 * .ci/collector-db.sh (which installs PostgreSQL when missing). Never skips: no database, no green run.
 */
export default function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  let startedHere = false;
  if (!url) {
    startedHere = !existsSync(join(PG_DIR, 'data', 'postmaster.pid'));
    const out = execFileSync('bash', [join(ROOT, '.ci', 'collector-db.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    url = /DATABASE_URL=(\S+)/.exec(out)?.[1];
    if (!url) throw new Error('.ci/collector-db.sh printed no DATABASE_URL; PostgreSQL tests cannot run');
  }
  project.provide('databaseUrl', url);
  return () => {
    if (startedHere) execFileSync('bash', [join(ROOT, '.ci', 'collector-db.sh'), 'stop'], { stdio: 'inherit' });
  };
}
