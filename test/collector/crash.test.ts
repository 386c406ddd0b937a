import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../collector/storage/sqlite.js';
import { openPostgres } from '../../collector/storage/postgres.js';
import { freshPostgres, receipt, tempFile } from './helpers';

const CLI = join(import.meta.dirname, '..', '..', 'collector', 'cli.js');

/** Starts the real CLI on a free loopback port; resolves with its URL once it listens. */
function startCli(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI], { env: { ...process.env, PORT: '0', RATE_LIMIT: 'off', DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => {
      const m = /listening on (http:\/\/\S+),/.exec(String(d));
      if (m) resolve({ url: m[1], child });
    });
    child.on('exit', (code) => reject(new Error(`collector exited (${code}): ${err}`)));
  });
}

/** Sends receipts from 16 parallel senders until the server dies; returns the ids it acknowledged. */
async function loadUntilKilled(url: string, child: ChildProcess, killAfterMs: number) {
  const acked: string[] = [];
  let sent = 0;
  let dead = false;
  setTimeout(() => {
    dead = true;
    child.kill('SIGKILL');
  }, killAfterMs);
  const sender = async () => {
    while (!dead) {
      const r = receipt({ url: 'http://shop.example/' });
      sent++;
      try {
        const res = await fetch(url + '/v1/receipts', { method: 'POST', body: JSON.stringify(r), headers: { 'content-type': 'text/plain' } });
        if (res.status == 201) acked.push(r.receiptId as string);
      } catch {
        // The server was killed with this request in flight: not acknowledged, the gate may resend.
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, sender));
  await new Promise((r) => (child.exitCode == null && child.signalCode == null ? child.once('exit', r) : r(null)));
  return { acked, sent };
}

describe('killing the collector mid-load loses no acknowledged receipt', () => {
  it('SQLite', async () => {
    const path = tempFile('crash.sqlite');
    const { url, child } = await startCli({ SQLITE_PATH: path, ALLOWED_ORIGINS: 'http://shop.example' });
    const { acked } = await loadUntilKilled(url, child, 1500);
    expect(acked.length).toBeGreaterThan(50);
    const store = openSqlite(path);
    const all = new Set((await store.page(0, Date.now() + 1e9, { receivedAt: -1, receiptId: '' }, 1e9)).map((r: { receipt_id: string }) => r.receipt_id));
    expect(acked.filter((id) => !all.has(id))).toEqual([]);
    await store.close();
  });

  it('PostgreSQL', async () => {
    const db = await freshPostgres();
    try {
      const { url, child } = await startCli({ DATABASE_URL: db.url, ALLOWED_ORIGINS: 'http://shop.example' });
      const { acked } = await loadUntilKilled(url, child, 1500);
      expect(acked.length).toBeGreaterThan(50);
      const store = await openPostgres(db.url);
      const all = new Set((await store.page(0, Date.now() + 1e9, { receivedAt: -1, receiptId: '' }, 1e9)).map((r: { receipt_id: string }) => String(r.receipt_id)));
      expect(acked.filter((id) => !all.has(id))).toEqual([]);
      await store.close();
    } finally {
      await db.drop();
    }
  });
});
