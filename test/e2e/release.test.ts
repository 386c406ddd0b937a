import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { exampleConfig, fakePartners, gatePage, launch, serve, type Site } from './browser';

// Each partner tag appends its name to window.ran when it executes.
const STATS = 'https://stats.example/a.js';
const PIXEL = 'https://ads.example/pixel.js';
const partnerScripts = {
  [STATS]: "(window.ran = window.ran || []).push('stats'); document.cookie = '_ica_id=1; path=/'; document.cookie = '_ica_s_9=1; path=/';",
  [PIXEL]: "(window.ran = window.ran || []).push('pixel'); document.cookie = '_adp=1; path=/';",
};

const body = `
<script type="text/plain" data-consent="analytics" data-service="site-analytics" src="${STATS}?delay=1"></script>
<script type="text/plain" data-consent="advertising">(window.ran = window.ran || []).push('inline-ad');</script>
<script type="text/plain" data-consent="advertising" data-service="ad-partner" src="${PIXEL}"></script>
<script type="text/plain" data-consent="analytics">(window.ran = window.ran || []).push('inline-analytics');</script>
<iframe data-consent="advertising" data-src="/frame.html" title="ad"></iframe>
<script>window.pageOwn = true;</script>`;

describe('the gate in Chromium', () => {
  let browser: Browser;
  let site: Site;
  let context: BrowserContext;
  let page: Page;
  let partners: string[];

  beforeAll(async () => {
    browser = await launch();
    site = await serve({ '/': gatePage(exampleConfig, body), '/frame.html': '<p>ad frame</p>' });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    partners = await fakePartners(context, partnerScripts);
    page = await context.newPage();
  });

  const ran = () => page.evaluate(() => (window as unknown as { ran?: string[] }).ran || []);
  const cookies = async () => Object.fromEntries((await context.cookies()).map((c) => [c.name, c.value]));

  it('runs nothing before consent, and asks no partner host', async () => {
    await page.goto(site.url);
    await page.waitForFunction(() => window.consentry);
    expect(await ran()).toEqual([]);
    expect(partners).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pageOwn: boolean }).pageOwn)).toBe(true);
    expect(site.requests).not.toContain('/frame.html');
    expect(await page.evaluate(() => window.consentry!.get().given)).toBe(false);
  });

  it('acceptAll releases every tag in document order without a reload, and a reload keeps it', async () => {
    await page.goto(site.url);
    await page.evaluate(() => window.consentry!.acceptAll());
    await page.waitForFunction(() => (window as unknown as { ran?: string[] }).ran?.length == 4);
    expect(await ran()).toEqual(['stats', 'inline-ad', 'pixel', 'inline-analytics']);
    await page.waitForFunction(() => document.querySelector('iframe')!.getAttribute('src') == '/frame.html');
    expect((await cookies()).consentry).toMatch(/^3\./);

    const from = site.requests.length;
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { ran?: string[] }).ran?.length == 4);
    // A returning visitor whose record was written under this config downloads the gate, then (after
    // parsing) the settings button: no engine, no UI.
    await page.locator('[data-consentry=settings] button').waitFor();
    expect(site.requests.slice(from).filter((r) => r.startsWith('/dist/'))).toEqual(['/dist/consentry.js', '/dist/consentry-settings-button.js']);
    expect(await ran()).toEqual(['stats', 'inline-ad', 'pixel', 'inline-analytics']);
    expect(await page.evaluate(() => window.consentry!.get().given)).toBe(true);
  });

  it('a returning visit never touches localStorage; a changed config is checked once, then remembered', async () => {
    // Counts this page's localStorage reads and writes: its first use blocks the page for milliseconds.
    await context.addInitScript(() => {
      const w = window as unknown as { storageUses: number };
      w.storageUses = 0;
      for (const m of ['getItem', 'setItem'] as const) {
        const real = Storage.prototype[m] as (this: Storage, ...args: string[]) => unknown;
        Storage.prototype[m] = function (this: Storage, ...args: string[]) {
          w.storageUses++;
          return real.apply(this, args);
        } as never;
      }
    });
    const storageUses = () => page.evaluate(() => (window as unknown as { storageUses: number }).storageUses);
    const engineLoads = () => site.requests.filter((r) => r == '/dist/consentry-engine.js').length;
    await page.goto(site.url);
    await page.evaluate(() => window.consentry!.acceptAll());
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { ran?: string[] }).ran?.length == 4);
    expect(await storageUses()).toBe(0);

    const changed = { ...exampleConfig, ui: { texts: { en: { acceptAll: 'Allow all' } } } };
    site.page('/changed', gatePage(changed, body));
    let loads = engineLoads();
    await page.goto(site.url + '/changed');
    // The choice stands, but nothing runs until the engine has checked the changed config.
    await page.waitForFunction(() => (window as unknown as { ran?: string[] }).ran?.length == 4);
    expect(engineLoads()).toBe(loads + 1);
    expect(await page.evaluate(() => window.consentry!.get().method)).toBe('api');
    loads = engineLoads();
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { ran?: string[] }).ran?.length == 4);
    expect(engineLoads()).toBe(loads);
  });

  it('withdrawing advertising deletes its cookies and fires consentry:change', async () => {
    await page.goto(site.url);
    await page.evaluate(() => window.consentry!.acceptAll());
    await page.waitForFunction(() => document.cookie.includes('_adp=') && document.cookie.includes('_ica_s_9='));
    const detail = await page.evaluate(
      () =>
        new Promise((resolve) => {
          addEventListener('consentry:change', (e) => resolve((e as CustomEvent).detail));
          window.consentry!.set({ advertising: false });
        }),
    );
    expect(detail).toMatchObject({ given: true, categories: { advertising: false, analytics: true }, services: { 'ad-partner': false }, reloadNeeded: true });
    const jar = await cookies();
    expect(jar._adp).toBeUndefined();
    expect(jar._ica_id).toBe('1');
  });

  it('treats a tampered cookie as no consent', async () => {
    await page.goto(site.url);
    await page.evaluate(() => window.consentry!.acceptAll());
    const value = (await cookies()).consentry;
    const errors: string[] = [];
    page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
    // Flip the stored category list; the checksum no longer matches.
    const parts = value.split('.');
    parts[6] = parts[6].split('_').slice(1).join('_');
    await context.addCookies([{ name: 'consentry', value: parts.join('.'), url: site.url }]);
    await page.reload();
    await page.waitForFunction(() => window.consentry);
    expect(await page.evaluate(() => window.consentry!.get().given)).toBe(false);
    expect(await ran()).toEqual([]);
    expect(errors.join('\n')).toMatch(/\[consentry\] the stored consent cookie 'consentry' is malformed/);
  });
});
