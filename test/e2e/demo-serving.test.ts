import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM, launch } from './browser';
import { start, type DemoServer } from '../../demo/server.mjs';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent (still compressed). */
  raw: Buffer;
  /** The body after undoing Content-Encoding. */
  text: string;
}

/** One raw HTTP GET: no client-side decompression, so the test sees what the server sent. */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const enc = res.headers['content-encoding'];
        const body = enc == 'br' ? brotliDecompressSync(raw) : enc == 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode || 0, headers: res.headers, raw, text: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the demo server sends compressed, cacheable responses', () => {
  let server: DemoServer;
  let base: string;

  beforeAll(async () => {
    server = await start(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
  });

  for (const path of ['/', '/dist/consentry.js', '/dist/consentry-ui.js', '/site/site.css']) {
    it(`${path}: brotli when accepted, else gzip, else plain; the same content each way`, async () => {
      const br = await get(base, path, { 'accept-encoding': 'gzip, deflate, br' });
      const gz = await get(base, path, { 'accept-encoding': 'gzip;q=1, br;q=0' });
      const plain = await get(base, path);
      expect([br.status, gz.status, plain.status]).toEqual([200, 200, 200]);
      expect(br.headers['content-encoding']).toBe('br');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(br.text).toBe(plain.text);
      expect(gz.text).toBe(plain.text);
      expect(br.raw.length).toBeLessThan(plain.raw.length * 0.6);
      expect(Number(br.headers['content-length'])).toBe(br.raw.length);
      for (const a of [br, gz, plain]) expect(a.headers.vary).toMatch(/accept-encoding/i);
    });

    it(`${path}: revalidated on every use (no-cache with an ETag, never no-store), 304 when unchanged`, async () => {
      const first = await get(base, path, { 'accept-encoding': 'br' });
      expect(first.headers['cache-control']).toBe('no-cache');
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await get(base, path, { 'accept-encoding': 'br', 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.raw.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      // Another encoding is another representation: its ETag differs, so a cache never mixes them.
      const gz = await get(base, path, { 'accept-encoding': 'gzip', 'if-none-match': etag });
      expect(gz.status).toBe(200);
      expect(gz.headers.etag).not.toBe(etag);
    });
  }

  it('a page that differs gets another ETag: a stale copy is replaced, not reused', async () => {
    const en = await get(base, '/', { 'accept-encoding': 'br' });
    const zh = await get(base, '/?lang=zh-Hans', { 'accept-encoding': 'br', 'if-none-match': String(en.headers.etag) });
    expect(zh.status).toBe(200);
    expect(zh.text).toContain('lang="zh-Hans"');
    // Under ?csp=strict every answer carries a new nonce, so it is never answered with 304.
    const strict = await get(base, '/?csp=strict', { 'accept-encoding': 'br' });
    const strict2 = await get(base, '/?csp=strict', { 'accept-encoding': 'br', 'if-none-match': String(strict.headers.etag) });
    expect(strict2.status).toBe(200);
    expect(strict2.headers['content-security-policy']).not.toBe(strict.headers['content-security-policy']);
  });

  it('HEAD answers with the headers only', async () => {
    const head = await new Promise<{ status: number; length: string | undefined; bytes: number }>((resolve, reject) => {
      const req = request(base + '/', { method: 'HEAD', headers: { 'accept-encoding': 'br' } }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve({ status: res.statusCode || 0, length: res.headers['content-length'], bytes }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(head.status).toBe(200);
    expect(Number(head.length)).toBeGreaterThan(0);
    expect(head.bytes).toBe(0);
  });

  it('in Chromium, going back restores the page from the back/forward cache', async () => {
    // Playwright turns the back/forward cache off by default; this browser keeps it on.
    await (await launch()).close(); // fails loudly when Chromium is missing
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(base + '/');
      await page.locator('consentry-ui').getByRole('button', { name: 'Accept all' }).click();
      // A mark on this document: a page restored from the cache still has it, a page loaded anew does not.
      await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
      await page.getByRole('link', { name: 'Browse lessons' }).click();
      await page.waitForURL(base + '/lessons.html');
      // A restored page fires pageshow, not load: wait for the navigation to commit, then for the document.
      await page.goBack({ waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState == 'complete');
      expect(page.url()).toBe(base + '/');
      expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
