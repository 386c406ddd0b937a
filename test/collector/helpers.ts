import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { inject } from 'vitest';
import { readSettings } from '../../collector/settings.js';
import { openSqlite } from '../../collector/storage/sqlite.js';
import { openPostgres } from '../../collector/storage/postgres.js';
import { createCollector, createCollectorServer } from '../../collector/server.js';

export const TOKEN = 'test-admin-token-0123456789';
export const SITE = 'http://shop.example';

export type Receipt = Record<string, unknown>;

/** A receipt as the gate sends it, for the default iCanspk categories. */
export function receipt(over: Receipt = {}): Receipt {
  return {
    receiptId: randomUUID(),
    consentId: randomUUID(),
    time: new Date(Math.floor(Date.now() / 1000) * 1000).toISOString(),
    revision: '2020-09-25',
    method: 'accept-all',
    categories: { necessary: true, preferences: true, analytics: true, advertising: true },
    services: {},
    gpc: false,
    language: 'en',
    url: SITE + '/products?email=someone@example.com#top',
    version: '0.1.0',
    ...over,
  };
}

export const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'consentry-collector-')), name);

/** A fresh, empty PostgreSQL database on the test cluster, dropped by the returned cleanup. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = inject('databaseUrl');
  const name = 'collector_' + randomUUID().replace(/-/g, '').slice(0, 16);
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = '/' + name;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export type StoreKind = 'sqlite' | 'postgres';

/** Opens an empty store of the given kind; `close` also removes a PostgreSQL database. */
export async function openTestStore(kind: StoreKind) {
  if (kind == 'sqlite') {
    const store = openSqlite(tempFile('receipts.sqlite'));
    return { store, close: () => store.close() };
  }
  const db = await freshPostgres();
  const store = await openPostgres(db.url);
  return {
    store,
    url: db.url,
    close: async () => {
      await store.close();
      await db.drop();
    },
  };
}

/** A collector on 127.0.0.1 with settings from `env` (as the CLI reads them) over an SQLite store. */
export async function startCollector(env: Record<string, string> = {}, opts: { now?: () => number; kind?: StoreKind } = {}) {
  const settings = readSettings({ ALLOWED_ORIGINS: SITE, ADMIN_TOKEN: TOKEN, ...env });
  const { store, close } = await openTestStore(opts.kind || 'sqlite');
  const errors: unknown[][] = [];
  const log = { info() {}, error: (...a: unknown[]) => errors.push(a) };
  const server = createCollectorServer(createCollector(settings, store, { now: opts.now, log }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    settings,
    errors,
    post: (body: unknown, headers: Record<string, string> = {}) =>
      fetch(url + '/v1/receipts', { method: 'POST', body: typeof body == 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'text/plain', origin: SITE, ...headers } }),
    admin: (path: string, headers: Record<string, string> = {}) => fetch(url + path, { headers: { authorization: 'Bearer ' + TOKEN, ...headers } }),
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await close();
    },
  };
}
