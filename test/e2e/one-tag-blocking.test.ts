import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { exampleConfig, fakePartners, launch, serve, type Site } from './browser';

// consentry-blocking.js is the gate and the blocker in one synchronous tag, for sites whose services list hosts.
const PIXEL = 'https://connect.facebook.net/en_US/fbevents.js';
const AFTER = 'https://cdn.unlisted.example/after.js';
const log = (name: string) => `(window.ran = window.ran || []).push(${JSON.stringify(name)});`;
const HOSTS_ERROR = '[consentry] services list hosts, but automatic blocking is not on this page';
const config = {
  ...exampleConfig,
  services: { ...exampleConfig.services, 'meta-pixel': { category: 'advertising', hosts: ['facebook.net', 'facebook.com'] } },
};

/** A page that loads `tags` (Consentry's own files, in order) and then runs a vendor's pixel snippet. */
const pageWith = (...tags: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.consentryConfig = ${JSON.stringify(config)};</script>
${tags.map((t) => `<script src="/dist/${t}"></script>`).join('')}</head><body><h1>Shop</h1>
<script>
  var s = document.createElement('script');
  s.async = true;
  s.src = ${JSON.stringify(PIXEL)};
  var first = document.getElementsByTagName('script')[0];
  first.parentNode.insertBefore(s, first);
  // A request that comes after the pixel's: once it arrived, a request for the pixel would have too.
  var after = document.createElement('script');
  after.src = ${JSON.stringify(AFTER)};
  document.head.append(after);
</script></body></html>`;

describe('consentry-blocking.js, one tag for the gate and the blocker', () => {
  let browser: Browser;
  let site: Site;
  let context: BrowserContext;
  let page: Page;
  let partners: string[];
  let errors: string[];
  const ran = () => page.evaluate(() => (window as unknown as { ran?: string[] }).ran || []);
  const waitFor = (name: string) => page.waitForFunction((n) => (window as unknown as { ran?: string[] }).ran?.includes(n), name);

  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      '/one-tag': pageWith('consentry-blocking.js'),
      '/two-tags': pageWith('consentry.js', 'consentry-blocker.js'),
      '/gate-only': pageWith('consentry.js'),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    partners = await fakePartners(context, { [PIXEL]: log('pixel'), [AFTER]: log('after') });
    page = await context.newPage();
    errors = [];
    page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
  });

  /**
   * Waits until the engine has started and the page's load event is over (the engine checks for the blocker then),
   * then for a console message logged after both: every message before it has arrived.
   */
  const afterLoadCheck = async () => {
    await page.waitForFunction(() => (window as unknown as { consentryEngine?: unknown }).consentryEngine && document.readyState == 'complete');
    const marker = page.waitForEvent('console', (m) => m.text() == 'console marker');
    await page.evaluate(() => new Promise((r) => setTimeout(r)).then(() => console.log('console marker')));
    await marker;
  };

  it('holds a script-created pixel before consent: its host is never asked', async () => {
    await page.goto(site.url + '/one-tag');
    await waitFor('after');
    expect(partners).toEqual([AFTER]);
    expect(await page.evaluate(() => document.querySelector('script[data-service="meta-pixel"]')?.getAttribute('type'))).toBe('text/plain');
    await page.evaluate(() => window.consentry!.acceptAll());
    await waitFor('pixel');
    expect(partners).toEqual([AFTER, PIXEL]);
    expect(await ran()).toEqual(['after', 'pixel']);
    // No complaint about missing blocking: it is on.
    await afterLoadCheck();
    expect(errors.filter((e) => e.startsWith(HOSTS_ERROR))).toEqual([]);
  });

  it('consentry.js followed by consentry-blocker.js blocks the same, without the complaint', async () => {
    await page.goto(site.url + '/two-tags');
    await waitFor('after');
    expect(partners).toEqual([AFTER]);
    await afterLoadCheck();
    expect(errors.filter((e) => e.startsWith(HOSTS_ERROR))).toEqual([]);
  });

  it('plain consentry.js with services that list hosts says that blocking is not on', async () => {
    const said = page.waitForEvent('console', { predicate: (m: ConsoleMessage) => m.type() == 'error' && m.text().startsWith(HOSTS_ERROR), timeout: 15000 });
    await page.goto(site.url + '/gate-only');
    const message = await said;
    expect(message.text()).toContain('load consentry-blocking.js (the gate with the blocker) instead of consentry.js');
    // And, as it says, nothing held the pixel back.
    await waitFor('pixel');
  });
});
