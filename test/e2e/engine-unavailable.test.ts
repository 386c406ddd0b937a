import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { exampleConfig, gatePage, launch, serve, type Site } from './browser';

// The engine records decisions; it is loaded when first needed. When it cannot be fetched, a decision must
// say so (reject), write nothing, and try again next time: a network that failed once may answer now.
const ENGINE = '/dist/consentry-engine.js';
const engineFile = readFileSync(new URL('../..' + ENGINE, import.meta.url), 'utf8');

describe('when consentry-engine.js cannot be fetched', () => {
  let browser: Browser;
  let site: Site;

  beforeAll(async () => {
    browser = await launch();
    site = await serve({ '/': gatePage(exampleConfig, '<script type="text/plain" data-consent="analytics">window.ran = true;</script>') });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('acceptAll rejects and writes no cookie; once the file is back, the next call loads it and records the choice', async () => {
    site.page(ENGINE, { status: 404, body: 'not found', type: 'text/plain' });
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
    const engineRequests = () => site.requests.filter((r) => r == ENGINE).length;
    const accept = () => page.evaluate(() => window.consentry!.acceptAll().then((s) => 'resolved, given ' + s.given, (e: Error) => 'rejected: ' + e.message));

    await page.goto(site.url);
    // A first visit asks for the engine at once (to check the config); that fails.
    await expect.poll(engineRequests).toBe(1);
    const first = await accept();
    expect(first).toMatch(/^rejected: \[consentry\] could not load http:\/\/127\.0\.0\.1:\d+\/dist\/consentry-engine\.js: keep consentry-engine\.js next to consentry\.js, or set engineSrc$/);
    // The call asked again rather than reusing the failed load.
    expect(engineRequests()).toBe(2);
    expect((await context.cookies()).map((c) => c.name)).not.toContain('consentry');
    expect(await page.evaluate(() => window.consentry!.get().given)).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    expect(errors.filter((e) => e.startsWith('[consentry] could not load')).length).toBeGreaterThanOrEqual(2);

    // Still missing: still rejected, never hanging.
    expect(await accept()).toMatch(/^rejected: /);
    expect(engineRequests()).toBe(3);

    site.page(ENGINE, { body: engineFile, type: 'text/javascript' });
    expect(await accept()).toBe('resolved, given true');
    expect(engineRequests()).toBe(4);
    expect((await context.cookies()).map((c) => c.name)).toContain('consentry');
    await page.waitForFunction(() => (window as unknown as { ran?: boolean }).ran);
    await context.close();
  });
});
