import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM, exampleConfig, gatePage, launch, serve, type Site } from './browser';

const log = (name: string) => `(window.ran = window.ran || []).push(${JSON.stringify(name)});`;
const ran = (page: Page) => page.evaluate(() => (window as unknown as { ran?: string[] }).ran || []);
const tag = `<script type="text/plain" data-consent="analytics">${log('analytics')}</script>`;

describe('robustness in Chromium', () => {
  let browser: Browser;
  let site: Site;

  beforeAll(async () => {
    browser = await launch();
    site = await serve({ '/': gatePage(exampleConfig, tag) });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('a choice made in one tab applies in the others without a reload', async () => {
    const context = await browser.newContext();
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(site.url);
    await b.goto(site.url);
    const changed = b.evaluate(() => new Promise((r) => addEventListener('consentry:change', (e) => r((e as CustomEvent).detail.categories))));
    await a.evaluate(() => window.consentry!.set({ analytics: true }));
    expect(await changed).toMatchObject({ analytics: true });
    await b.waitForFunction(() => (window as unknown as { ran?: string[] }).ran?.includes('analytics'));
    expect(await b.evaluate(() => window.consentry!.get().given)).toBe(true);
    await context.close();
  });

  it('re-reads the cookie when a tab becomes visible again', async () => {
    const context = await browser.newContext();
    const a = await context.newPage();
    await a.goto(site.url);
    await a.evaluate(() => window.consentry!.acceptAll());
    const value = (await context.cookies()).find((c) => c.name == 'consentry')!.value;
    const b = await (await browser.newContext()).newPage();
    await b.goto(site.url);
    // As if another tab without BroadcastChannel had decided while this one was hidden.
    await b.context().addCookies([{ name: 'consentry', value, url: site.url }]);
    await b.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await b.waitForFunction(() => window.consentry!.get().given);
    expect(await ran(b)).toEqual(['analytics']);
    await context.close();
    await b.context().close();
  });

  it('reports a data-consent naming an unknown category once, with the element, and keeps it inert', async () => {
    site.page('/unknown', gatePage(exampleConfig, `<script type="text/plain" data-consent="stats">${log('stats')}</script>`));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
    await page.goto(site.url + '/unknown');
    await page.evaluate(() => window.consentry!.acceptAll());
    await page.evaluate(() => window.consentry!.set({ analytics: false }));
    expect(errors.filter((e) => e.includes('[consentry] data-consent="stats" names no category'))).toHaveLength(1);
    expect(await ran(page)).toEqual([]);
    await page.close();
  });

  it('an unusable config leaves the page working, releases nothing and keeps the stored choice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    await page.evaluate(() => window.consentry!.acceptAll());
    const before = (await context.cookies()).find((c) => c.name == 'consentry')!.value;
    site.page('/broken', gatePage({ ...exampleConfig, services: { s: { category: 'nope' } } }, `${tag}<script>window.ownScript = true</script>`));
    const errors: string[] = [];
    page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
    await page.goto(site.url + '/broken');
    await page.waitForFunction(() => (window as unknown as { ownScript?: boolean }).ownScript);
    await expect.poll(() => errors.join('\n')).toContain('[consentry] config.services.s.category must be one of: necessary, preferences, analytics, advertising');
    expect(await ran(page)).toEqual([]);
    expect(await page.evaluate(() => window.consentry!.allowed('analytics'))).toBe(false);
    expect((await context.cookies()).find((c) => c.name == 'consentry')!.value).toBe(before);
    await context.close();
  });

  it('warns when loaded with async by mistake, and still keeps tags inert until consent', async () => {
    site.page('/async', gatePage(exampleConfig, tag).replace('<script src="/dist/consentry.js">', '<script async src="/dist/consentry.js">'));
    const page = await browser.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => m.type() == 'warning' && warnings.push(m.text()));
    await page.goto(site.url + '/async');
    await page.waitForFunction(() => window.consentry);
    expect(warnings.join('\n')).toContain('[consentry] load consentry.js without async or defer');
    expect(await ran(page)).toEqual([]);
    await page.evaluate(() => window.consentry!.set({ analytics: true }));
    expect(await ran(page)).toEqual(['analytics']);
    await page.close();
  });

  it('releases 1,000 waiting tags in one pass, in order', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => `<script type="text/plain" data-consent="analytics">${log(String(i))}</script>`).join('');
    site.page('/many', gatePage(exampleConfig, many));
    const page = await browser.newPage();
    await page.goto(site.url + '/many');
    await page.evaluate(() => window.consentry!.set({ analytics: true }));
    const got = await ran(page);
    expect(got).toHaveLength(1000);
    expect(got).toEqual(Array.from({ length: 1000 }, (_, i) => String(i)));
    await page.close();
  });

  it('with cookie.domain, a choice made on www. holds on shop., and withdrawal deletes parent-domain cookies', async () => {
    const port = new URL(site.url).port;
    const config = { ...exampleConfig, cookie: { domain: 'consentry.test' } };
    site.page('/shared', gatePage(config, tag));
    const mapped = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--host-resolver-rules=MAP *.consentry.test 127.0.0.1'],
    });
    try {
      const context = await mapped.newContext();
      const www = await context.newPage();
      await www.goto(`http://www.consentry.test:${port}/shared`);
      await www.evaluate(() => window.consentry!.set({ analytics: true }));
      await www.evaluate(() => (document.cookie = '_ica_id=1; domain=consentry.test; path=/'));
      const shop = await context.newPage();
      await shop.goto(`http://shop.consentry.test:${port}/shared`);
      expect(await shop.evaluate(() => window.consentry!.get())).toMatchObject({ given: true, categories: { analytics: true } });
      expect(await ran(shop)).toEqual(['analytics']);
      await shop.evaluate(() => window.consentry!.set({ analytics: false }));
      const jar = await context.cookies();
      expect(jar.find((c) => c.name == 'consentry')!.domain).toBe('.consentry.test');
      expect(jar.find((c) => c.name == '_ica_id')).toBeUndefined();
    } finally {
      await mapped.close();
    }
  });
});
