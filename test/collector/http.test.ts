import { afterEach, describe, expect, it } from 'vitest';
import { startPurge } from '../../collector/retention.js';
import { fromRow } from '../../collector/storage/migrations.js';
import { SITE, TOKEN, receipt, startCollector } from './helpers';

let c: Awaited<ReturnType<typeof startCollector>>;
afterEach(() => c?.close());

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36';

describe('admin token', () => {
  it('guards history, export, stats and the dashboard', async () => {
    c = await startCollector();
    const r = receipt();
    await c.post(r);
    for (const path of [`/v1/receipts/${r.consentId}`, '/v1/receipts?format=csv', '/v1/stats', '/dashboard']) {
      expect((await fetch(c.url + path)).status, path).toBe(401);
      expect((await c.admin(path, { authorization: 'Bearer wrong-token-wrong-token' })).status, path).toBe(401);
      expect((await c.admin(path)).status, path).toBe(200);
    }
  });

  it('asks a browser for it on the dashboard (HTTP Basic, token as password)', async () => {
    c = await startCollector();
    const res = await fetch(c.url + '/dashboard');
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic /);
    const basic = 'Basic ' + Buffer.from('marketing:' + TOKEN).toString('base64');
    expect((await fetch(c.url + '/dashboard', { headers: { authorization: basic } })).status).toBe(200);
  });

  it('keeps admin access off while ADMIN_TOKEN is unset', async () => {
    c = await startCollector({ ADMIN_TOKEN: '' });
    const res = await c.admin('/v1/stats', { authorization: 'Bearer ' });
    expect(res.status).toBe(503);
    expect((await res.json()).error).toContain('ADMIN_TOKEN');
  });
});

describe('history and export', () => {
  it("shows one consent id's history: the proof for a regulator", async () => {
    c = await startCollector();
    const consentId = 'f4a1c2b3-1111-4abc-8def-123456789abc';
    await c.post(receipt({ consentId, method: 'accept-all' }), { 'user-agent': CHROME, 'x-forwarded-for': '198.51.100.7' });
    await c.post(receipt({ consentId, method: 'reject-all', categories: { necessary: true, preferences: false, analytics: false, advertising: false } }));
    const res = await c.admin('/v1/receipts/' + consentId);
    const body = await res.json();
    expect(body.receipts.map((r: { method: string }) => r.method)).toEqual(['accept-all', 'reject-all']);
    expect(body.receipts[0]).toMatchObject({ consentId, url: SITE + '/products', browser: 'Chrome 131', client: '127.0.0.0' });
    expect(JSON.stringify(body)).not.toContain('someone@example.com');
    expect((await c.admin('/v1/receipts/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await c.admin('/v1/receipts/not-a-uuid')).status).toBe(400);
    expect((await c.admin('/v1/receipts/%E0%A4%A')).status).toBe(400);
  });

  it('exports a date range as CSV and as JSON lines', async () => {
    c = await startCollector();
    const ids = [];
    for (let i = 0; i < 3; i++) {
      const r = receipt({ revision: i ? '2020-09-25' : '=HYPERLINK("x")' });
      ids.push(r.receiptId);
      expect((await c.post(r)).status).toBe(201);
    }
    const today = new Date().toISOString().slice(0, 10);
    const csv = await c.admin(`/v1/receipts?from=${today}&to=${today}&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('receiptId,consentId,time,receivedAt,revision,method,gpc,language,url,version,browser,client,category:necessary,category:preferences,category:analytics,category:advertising,services,rule,region,minor,personalized,separate');
    expect(lines).toHaveLength(4);
    expect(lines.join('\n')).toContain(`"'=HYPERLINK(""x"")"`);
    const jsonl = await c.admin(`/v1/receipts?from=${today}&to=${today}&format=jsonl`);
    const rows = (await jsonl.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.receiptId).sort()).toEqual(ids.sort());
    const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
    expect((await (await c.admin(`/v1/receipts?from=${yesterday}&to=${yesterday}`)).text()).trim()).toBe('');
    expect((await c.admin('/v1/receipts?from=2026-13-01')).status).toBe(400);
  });

  it('exports more receipts than one page holds, each once', async () => {
    c = await startCollector({ RATE_LIMIT: 'off' });
    for (let i = 0; i < 2100; i += 100) await Promise.all(Array.from({ length: 100 }, () => c.post(receipt())));
    const text = await (await c.admin('/v1/receipts?format=jsonl')).text();
    const ids = text.trim().split('\n').map((l) => JSON.parse(l).receiptId);
    expect(ids).toHaveLength(2100);
    expect(new Set(ids).size).toBe(2100);
  });
});

describe('stats and dashboard', () => {
  it('draws the charts from the receipts, escaping what visitors sent', async () => {
    c = await startCollector();
    await c.post(receipt({ language: 'en' }));
    await c.post(receipt({ language: 'zh-Hant', method: 'reject-all', gpc: true, categories: { necessary: true, preferences: false, analytics: false, advertising: false } }));
    await c.post(receipt({ revision: '<img src=x onerror=alert(1)>' }));
    const stats = await (await c.admin('/v1/stats')).json();
    expect(stats).toMatchObject({ decisions: 3, visitors: 3, gpc: { visitors: 1 }, methods: { 'accept-all': 2, 'reject-all': 1 } });
    const res = await c.admin('/dashboard');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain(`<style nonce="${/nonce-([^']+)/.exec(csp)![1]}">`);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toMatch(/<svg role="img" aria-label="Accept all 66.7%, reject all 33.3%/);
    expect(html).toContain('zh-Hant');
  });
});

describe('CORS', () => {
  it('answers allowed origins only', async () => {
    c = await startCollector({ ALLOWED_ORIGINS: `${SITE},https://www.shop.example` });
    const ok = await c.post(receipt(), { origin: SITE });
    expect(ok.status).toBe(201);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(ok.headers.get('vary')).toBe('Origin');

    const evil = await c.post(receipt(), { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(await c.store.count()).toBe(1);
  });

  it('answers a preflight for allowed origins only', async () => {
    c = await startCollector();
    const pre = (origin: string) => fetch(c.url + '/v1/receipts', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const ok = await pre(SITE);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-methods')).toBe('POST');
    expect(ok.headers.get('access-control-allow-headers')).toBe('content-type');
    const no = await pre('https://evil.example');
    expect(no.status).toBe(403);
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limit', () => {
  it('refuses a client over the limit with 429 and Retry-After, then lets it in again', async () => {
    let t = Date.UTC(2026, 10, 29, 10);
    c = await startCollector({ RATE_LIMIT: '3/min' }, { now: () => t });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await c.post(receipt({ time: new Date(t).toISOString() }))).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const res = await c.post(receipt({ time: new Date(t).toISOString() }));
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    t += 60000;
    expect((await c.post(receipt({ time: new Date(t).toISOString() }))).status).toBe(201);
    expect(await c.store.count()).toBe(4);
  });

  it('counts clients apart behind a trusted proxy', async () => {
    c = await startCollector({ RATE_LIMIT: '1/min', TRUST_PROXY: 'on' });
    expect((await c.post(receipt(), { 'x-forwarded-for': '203.0.113.1' })).status).toBe(201);
    expect((await c.post(receipt(), { 'x-forwarded-for': '203.0.113.2' })).status).toBe(201);
    expect((await c.post(receipt(), { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
  });
});

describe('privacy of the receipts', () => {
  it('stores a keyed hash of the address, never the address', async () => {
    c = await startCollector({ TRUST_PROXY: 'on', CLIENT_HASH_SECRET: 'a-long-secret-from-the-environment' });
    const r = receipt();
    await c.post(r, { 'x-forwarded-for': '198.51.100.23', 'user-agent': CHROME });
    const [row] = (await c.store.history(r.consentId as string)).map(fromRow);
    expect(row.client).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(row)).not.toContain('198.51.100');
    expect(row.browser).toBe('Chrome 131');
  });

  it('truncates the address without a secret', async () => {
    c = await startCollector({ TRUST_PROXY: 'on' });
    const r = receipt();
    await c.post(r, { 'x-forwarded-for': '2001:db8:85a3:1234:5678:8a2e:370:7334' });
    const [row] = (await c.store.history(r.consentId as string)).map(fromRow);
    expect(row.client).toBe('2001:db8:85a3::');
  });

  it('purges receipts past the retention period automatically', async () => {
    let t = Date.UTC(2026, 0, 1);
    c = await startCollector({ RETENTION_DAYS: '30' }, { now: () => t });
    await c.post(receipt({ time: new Date(t).toISOString() }));
    t += 20 * 86400000;
    await c.post(receipt({ time: new Date(t).toISOString() }));
    t += 15 * 86400000;
    const log = { info: () => {}, error: () => {} };
    const purge = startPurge(c.store, 30, { now: () => t, log });
    expect(await purge.first).toBe(1);
    purge.stop();
    expect(await c.store.count()).toBe(1);
  });
});
