import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = join(import.meta.dirname, '..', '..');

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
    const out = execFileSync('bash', [join(ROOT, '.ci', 'collector-db.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    url = /DATABASE_URL=(\S+)/.exec(out)?.[1];
    if (!url) throw new Error('.ci/collector-db.sh printed no DATABASE_URL; PostgreSQL tests cannot run');
    startedHere = /COLLECTOR_PG_STARTED=yes/.test(out);
  }
  project.provide('databaseUrl', url);
  return () => {
    if (startedHere) execFileSync('bash', [join(ROOT, '.ci', 'collector-db.sh'), 'stop'], { stdio: 'inherit' });
  };
}
