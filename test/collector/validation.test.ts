import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { validateReceipt } from '../../collector/receipt-schema.js';
import { readSettings } from '../../collector/settings.js';
import { writeFileSync } from 'node:fs';
import { SITE, receipt, startCollector, tempFile } from './helpers';

const site = { categories: ['necessary', 'preferences', 'analytics', 'advertising'], services: ['site-analytics', 'meta-pixel'], allowedOrigins: [SITE] };

describe('receipt validation', () => {
  it('accepts what the gate sends and keeps only the page of the URL', () => {
    const r = receipt({ services: { 'site-analytics': true, 'meta-pixel': false } });
    const { receipt: clean, problems } = validateReceipt(r, site);
    expect(problems).toBeUndefined();
    expect(clean).toMatchObject({ receiptId: r.receiptId, consentId: r.consentId, method: 'accept-all', url: SITE + '/products' });
  });

  it.each([
    ['an unknown field', { extra: 1 }, 'extra: unknown field'],
    ['a receipt id that is not a UUID', { receiptId: 'abc' }, 'receiptId'],
    ['an upper-case consent id', { consentId: '8A6E0804-2BD0-4672-B79D-D97027F9071A' }, 'consentId'],
    ['a time in the future', { time: new Date(Date.now() + 3 * 86400000).toISOString() }, 'time'],
    ['a time that is not ISO', { time: 'yesterday' }, 'time'],
    ['an unknown method', { method: 'bribed' }, 'method'],
    ['a category the site does not have', { categories: { necessary: true, marketing: true } }, 'categories.marketing: not a category of this site'],
    ['a category given as a string', { categories: { necessary: 'yes' } }, 'categories.necessary: must be true or false'],
    ['a service the site does not have', { services: { tiktok: true } }, 'services.tiktok'],
    ['gpc that is not boolean', { gpc: 'false' }, 'gpc'],
    ['a language that is not a tag', { language: '<script>' }, 'language'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['a page on another origin', { url: 'https://evil.example/' }, 'url: https://evil.example is not one of the allowed origins'],
    ['an over-long revision', { revision: 'x'.repeat(65) }, 'revision'],
  ])('refuses %s', (_name, over, message) => {
    const { problems } = validateReceipt(receipt(over), site);
    expect(problems!.join('\n')).toContain(message);
  });

  it('refuses a receipt with a field missing, and a body that is not an object', () => {
    const r = receipt();
    delete r.gpc;
    expect(validateReceipt(r, site).problems).toEqual(['gpc: missing']);
    expect(validateReceipt([r], site).problems![0]).toMatch(/JSON object/);
    expect(validateReceipt(null, site).problems![0]).toMatch(/JSON object/);
  });

  it('does not treat __proto__ as a way in', () => {
    const body = JSON.parse(JSON.stringify(receipt()).replace('"categories":{', '"categories":{"__proto__":{"x":1},'));
    expect(validateReceipt(body, site).problems!.join()).toContain('categories.__proto__');
  });
});

describe('settings', () => {
  it('names each wrong variable and its fix', () => {
    expect(() => readSettings({ ALLOWED_ORIGINS: 'https://a.example/path', RATE_LIMIT: 'lots', ADMIN_TOKEN: 'short', PORT: 'x' })).toThrow(
      /ALLOWED_ORIGINS: 'https:\/\/a.example\/path' is not an origin[\s\S]*RATE_LIMIT=lots[\s\S]*PORT=x[\s\S]*ADMIN_TOKEN: use at least 16/,
    );
  });
  it('reads categories, services and cookie from SITE_CONFIG, the Consentry config as JSON', () => {
    const path = tempFile('site.json');
    writeFileSync(path, JSON.stringify({ policy: { url: '/p', revision: '1' }, categories: { necessary: {}, stats: {} }, services: { matomo: { category: 'stats' } }, cookie: { name: 'cc', domain: 'example.com', days: 90 } }));
    const s = readSettings({ SITE_CONFIG: path });
    expect(s).toMatchObject({ categories: ['necessary', 'stats'], services: ['matomo'], cookie: { name: 'cc', domain: 'example.com', days: 90 } });
    expect(() => readSettings({ SITE_CONFIG: path + '.missing' })).toThrow(/SITE_CONFIG: cannot read/);
  });
  it('reads the site categories from SITE', () => {
    expect(readSettings({ SITE: 'necessary, analytics' }).categories).toEqual(['necessary', 'analytics']);
  });
});

describe('POST /v1/receipts refuses bad bodies with a clear 4xx and keeps running', () => {
  let c: Awaited<ReturnType<typeof startCollector>>;
  beforeAll(async () => {
    c = await startCollector({ BODY_LIMIT: '4096', RATE_LIMIT: 'off' });
  });
  afterAll(() => c.close());

  it('stores a valid receipt sent as text/plain or application/json', async () => {
    expect((await c.post(receipt())).status).toBe(201);
    expect((await c.post(receipt(), { 'content-type': 'application/json' })).status).toBe(201);
    expect(await c.store.count()).toBe(2);
  });

  it.each([
    ['malformed JSON', '{"receiptId":', {}, 400, 'not valid JSON'],
    ['a JSON array', '[1,2,3]', {}, 400, 'JSON object'],
    ['a form post', 'a=1&b=2', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'text/plain'],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), {}, 400, 'UTF-8'],
    ['deeply nested arrays', '['.repeat(2000) + ']'.repeat(2000), { 'content-type': 'application/json' }, 400, 'JSON object'],
    ['a body over the limit', JSON.stringify({ ...receipt(), pad: 'x'.repeat(5000) }), {}, 413, 'over 4096 bytes'],
  ])('%s', async (_name, body, headers, status, message) => {
    const res = await fetch(c.url + '/v1/receipts', { method: 'POST', body: body as string, headers: { 'content-type': 'text/plain', origin: SITE, ...headers } });
    expect(res.status).toBe(status);
    expect(JSON.stringify(await res.json())).toContain(message);
    expect((await fetch(c.url + '/healthz')).status).toBe(200);
  });

  it('cuts off a chunked body that grows past the limit', async () => {
    const stream = new ReadableStream({
      start(ctl) {
        for (let i = 0; i < 20; i++) ctl.enqueue(new TextEncoder().encode('x'.repeat(1000)));
        ctl.close();
      },
    });
    const res = await fetch(c.url + '/v1/receipts', { method: 'POST', body: stream, duplex: 'half', headers: { 'content-type': 'text/plain' } } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('answers 400 with every problem for an invalid receipt, and stores nothing', async () => {
    const before = await c.store.count();
    const res = await c.post(receipt({ method: 'nope', categories: { necessary: true, spying: true } }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.problems).toEqual(expect.arrayContaining([expect.stringContaining('method'), expect.stringContaining('categories.spying')]));
    expect(await c.store.count()).toBe(before);
  });

  it('survives garbage on the socket and a client that never finishes its body', async () => {
    await new Promise<void>((resolve) => {
      const s = connect(Number(new URL(c.url).port), '127.0.0.1', () => s.write('NOT HTTP AT ALL\r\n\r\n'));
      s.on('data', () => {}).on('close', () => resolve());
    });
    const slow = connect(Number(new URL(c.url).port), '127.0.0.1', () => slow.write('POST /v1/receipts HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain\r\ncontent-length: 500\r\n\r\n{"a":'));
    expect((await c.post(receipt())).status).toBe(201);
    slow.destroy();
    expect(c.errors).toEqual([]);
  });

  it('answers 503 when the database fails, and keeps serving', async () => {
    const broken = await startCollector();
    await broken.store.close();
    const res = await broken.post(receipt());
    expect(res.status).toBe(503);
    expect((await res.json()).error).toContain('could not be stored');
    expect(broken.errors[0].join(' ')).toContain('could not store a receipt');
    expect((await fetch(broken.url + '/healthz')).status).toBe(200);
    await broken.close();
  });
});
