import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { exampleConfig, launch } from './browser';

// A returning visitor whose page arrives in pieces: the network (or the parser's time budget) can stop
// in the middle of an inert inline tag. The gate must not release that tag before its text is complete.
const dist = join(import.meta.dirname, '..', '..', 'dist');

describe('inline tags that arrive in pieces', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    browser = await launch();
    server = createServer((req, res) => {
      const file = /^\/dist\/([\w-]+\.js)$/.exec(req.url || '')?.[1];
      if (file) return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dist, file)));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(`<!doctype html><html><head><script>window.consentryConfig = ${JSON.stringify(exampleConfig)};</script>
<script src="/dist/consentry.js"></script></head><body><p>before</p>
<script type="text/plain" data-consent="analytics">(window.ran = window.ran || []).push('first half`);
      // The rest of the tag, and of the page, comes later; the last inert tag is a sentinel: the gate releases in
      // document order, so once it ran the streamed tag was released (or never will be).
      setTimeout(
        () => res.end(` and second half');</script><p>after</p><script type="text/plain" data-consent="analytics">window.sentinel = true;</script></body></html>`),
        300,
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('runs the whole tag once, not the part that had arrived', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => window.consentry!.acceptAll());
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { sentinel?: boolean }).sentinel);
    expect(await page.evaluate(() => (window as unknown as { ran?: string[] }).ran)).toEqual(['first half and second half']);
    await context.close();
  });
});
