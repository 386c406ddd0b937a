#!/usr/bin/env node
/**
 * Load benchmark of the consent receipts collector, on loopback only (127.0.0.1).
 *   npm run bench:collector                 SQLite, PostgreSQL, and PostgreSQL with two collector processes
 * Settings: BENCH_AMOUNT (receipts per run, default 20000), BENCH_SECONDS (cap per run, default 60),
 * BENCH_CONNECTIONS (default 50), DATABASE_URL (else .ci/collector-db.sh starts a local PostgreSQL),
 * BENCH_ONLY=ceiling|sqlite|postgres|postgres-2.
 * After each run the stored count is compared with the accepted (HTTP 201) count.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openSqlite } from '../collector/storage/sqlite.js';

const ROOT = join(import.meta.dirname, '..');
const AMOUNT = Number(process.env.BENCH_AMOUNT || 20000);
const SECONDS = Number(process.env.BENCH_SECONDS || 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50);
const ORIGIN = 'http://bench.example';

function startCollector(env) {
  const child = spawn(process.execPath, [join(ROOT, 'collector', 'cli.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', RATE_LIMIT: 'off', ALLOWED_ORIGINS: ORIGIN, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const m = /listening on (http:\/\/\S+),/.exec(String(d));
      if (m) resolve({ url: m[1], child });
    });
    child.on('exit', (code) => reject(new Error('collector exited with ' + code)));
  });
}

const stop = (child) => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')));

function body() {
  return JSON.stringify({
    receiptId: randomUUID(),
    consentId: randomUUID(),
    time: new Date().toISOString(),
    revision: '2020-09-25',
    method: ['accept-all', 'reject-all', 'custom'][Math.floor(Math.random() * 3)],
    categories: { necessary: true, preferences: Math.random() < 0.5, analytics: Math.random() < 0.6, advertising: Math.random() < 0.4 },
    services: {},
    gpc: Math.random() < 0.1,
    language: Math.random() < 0.7 ? 'en' : 'zh-Hans',
    url: ORIGIN + '/',
    version: '0.1.0',
  });
}

/** Drives one collector with `amount` unique receipts, stopping at the time cap. */
function load(url, amount) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: url + '/v1/receipts',
        method: 'POST',
        connections: CONNECTIONS,
        amount,
        timeout: 10,
        headers: { 'content-type': 'text/plain', origin: ORIGIN, 'user-agent': 'Mozilla/5.0 Chrome/131.0.0.0 Safari/537.36' },
        requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    const cap = setTimeout(() => instance.stop(), SECONDS * 1000);
    instance.on('done', () => clearTimeout(cap));
  });
}

async function run(name, starts, count) {
  const collectors = await Promise.all(starts.map((env) => startCollector(env)));
  const t0 = process.hrtime.bigint();
  const results = await Promise.all(collectors.map((c) => load(c.url, Math.ceil(AMOUNT / collectors.length))));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await Promise.all(collectors.map((c) => stop(c.child)));
  const accepted = results.reduce((s, r) => s + r['2xx'], 0);
  const stored = await count();
  return {
    name,
    processes: collectors.length,
    sent: results.reduce((s, r) => s + r.requests.sent, 0),
    accepted,
    refused: results.reduce((s, r) => s + r.non2xx, 0),
    errors: results.reduce((s, r) => s + r.errors + r.timeouts, 0),
    stored,
    perSecond: Math.round(accepted / seconds),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    seconds: Math.round(seconds * 10) / 10,
  };
}

let startedPostgres = false;

async function postgresDatabase() {
  let base = process.env.DATABASE_URL;
  if (!base) {
    const out = execFileSync('bash', [join(ROOT, '.ci', 'collector-db.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    base = /DATABASE_URL=(\S+)/.exec(out)[1];
    if (/COLLECTOR_PG_STARTED=yes/.test(out)) startedPostgres = true;
  }
  const name = 'bench_' + Date.now();
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = '/' + name;
  const count = async () => {
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    const n = Number((await c.query('SELECT COUNT(*) AS n FROM receipts')).rows[0].n);
    await c.end();
    return n;
  };
  const drop = async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
  return { url: url.toString(), count, drop };
}

const only = process.env.BENCH_ONLY;
const rows = [];

/** The same load on a bare node:http server that answers 201 and stores nothing: this machine's ceiling. */
async function ceiling() {
  const child = spawn(process.execPath, ['-e', "const s=require('node:http').createServer((q,r)=>{q.resume();q.on('end',()=>{r.writeHead(201);r.end('{}')})});s.listen(0,'127.0.0.1',()=>console.log('listening on http://127.0.0.1:'+s.address().port+','))"], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve) => child.stdout.on('data', (d) => resolve(/listening on (\S+),/.exec(String(d))[1])));
  const t0 = process.hrtime.bigint();
  const r = await load(url, AMOUNT);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await stop(child);
  return { name: 'bare node:http, stores nothing (ceiling)', sent: r.requests.sent, accepted: r['2xx'], refused: r.non2xx, errors: r.errors + r.timeouts, stored: '-', perSecond: Math.round(r['2xx'] / seconds), p50: r.latency.p50, p99: r.latency.p99 };
}
if (!only || only == 'ceiling') rows.push(await ceiling());
if (!only || only == 'sqlite') {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
  const path = join(dir, 'receipts.sqlite');
  rows.push(await run('SQLite', [{ SQLITE_PATH: path }], async () => {
    const s = openSqlite(path);
    const n = await s.count();
    await s.close();
    return n;
  }));
  rmSync(dir, { recursive: true, force: true });
}
for (const processes of [1, 2]) {
  const name = processes == 1 ? 'postgres' : 'postgres-2';
  if (only && only != name) continue;
  const db = await postgresDatabase();
  try {
    // The first process migrates; the others find the schema in place.
    rows.push(await run(processes == 1 ? 'PostgreSQL' : 'PostgreSQL, 2 processes', Array(processes).fill({ DATABASE_URL: db.url }), db.count));
  } finally {
    await db.drop();
  }
}

if (startedPostgres) execFileSync('bash', [join(ROOT, '.ci', 'collector-db.sh'), 'stop'], { stdio: 'inherit' });

console.log(`\n${AMOUNT} receipts per run, ${CONNECTIONS} connections, cap ${SECONDS} s, 127.0.0.1, Node ${process.version}\n`);
console.log('| store | sent | accepted (201) | refused | errors | stored | receipts/s | p50 ms | p99 ms | stored == accepted |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.sent} | ${r.accepted} | ${r.refused} | ${r.errors} | ${r.stored} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.stored == '-' ? '-' : r.stored == r.accepted ? 'yes' : 'NO'} |`);
}
console.log(`\nload average at the end: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} CPUs`);
if (rows.some((r) => r.stored != '-' && (r.stored != r.accepted || r.accepted == 0))) {
  console.error('\nstored count differs from accepted count');
  process.exit(1);
}
