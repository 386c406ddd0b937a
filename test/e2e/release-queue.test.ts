import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { exampleConfig, fakePartners, gatePage, launch, serve, type Site } from './browser';

// After consent the gate releases inert tags one by one, waiting for each external script to load. Tags the
// browser never loads (nomodule, a type it does not run, a tag that left the page, a host that never answers)
// must not stop the tags after them. Each tag records when it ran (ms since the page started).
const LOAD_TIMEOUT = 8000;
const log = (name: string) => `(window.ran = window.ran || []).push(${JSON.stringify(name)}); (window.at = window.at || {})[${JSON.stringify(name)}] = performance.now();`;
const inert = (code: string, attrs = '') => `<script type="text/plain" data-consent="analytics"${attrs}>${code}</script>`;
const external = (src: string, attrs = '') => `<script type="text/plain" data-consent="analytics" src="${src}"${attrs}></script>`;
const NEVER = 'https://never.example/tag.js';

type Win = Window & { ran?: string[]; at?: Record<string, number> };

describe('the release queue', () => {
  let browser: Browser;
  let site: Site;
  let context: BrowserContext;
  let page: Page;
  let warnings: string[];

  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      '/nomodule.js': log('nomodule'),
      '/template.js': log('template'),
      '/slow.js': log('slow'),
      '/fast.js': log('fast'),
      '/doomed.js': log('doomed'),
      '/x.js': 'window.xLoaded = true;' + log('x'),
      '/nomodule': gatePage(exampleConfig, external('/nomodule.js', ' nomodule') + inert(log('after-nomodule'))),
      '/template': gatePage(exampleConfig, external('/template.js', ' data-type="text/x-template"') + inert(log('after-template'))),
      '/removed': gatePage(exampleConfig, external('/slow.js?delay=3000') + external('/doomed.js', ' id="doomed"') + inert(log('after-removed'))),
      '/never': gatePage(exampleConfig, external(NEVER) + inert(log('after-never'))),
      '/onload': gatePage(
        exampleConfig,
        `<script>function init() { ${log('init')} window.initSawX = !!window.xLoaded; }</script>` + external('/x.js', ' onload="init()"') + inert(log('after-x')),
      ),
      '/order': gatePage(
        exampleConfig,
        external('/slow.js?delay=600') +
          inert(log('inline-1')) +
          external('/nomodule.js', ' nomodule') +
          external('/template.js', ' data-type="text/x-template"') +
          external('/fast.js') +
          `<img data-consent="analytics" data-src="/pixel.gif" alt="">` +
          inert(log('inline-2')),
      ),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    await fakePartners(context);
    page = await context.newPage();
    warnings = [];
    page.on('console', (m) => m.type() == 'warning' && warnings.push(m.text()));
  });

  const ran = () => page.evaluate(() => (window as Win).ran || []);
  const at = () => page.evaluate(() => (window as Win).at || {});
  const waitFor = (name: string, timeout?: number) => page.waitForFunction((n) => (window as Win).ran?.includes(n), name, { timeout });
  /** Opens `path` and gives consent once the engine is there, so that the release starts during the call; records when. */
  const consent = async (path: string) => {
    await page.goto(site.url + path);
    await page.waitForFunction(() => (window as unknown as { consentryEngine?: unknown }).consentryEngine);
    await page.evaluate(() => {
      ((window as Win).at ||= {}).consent = performance.now();
      return window.consentry!.acceptAll().then(() => undefined);
    });
  };
  /** Ms from one recorded moment to another. */
  const between = async (from: string, to: string) => {
    const t = await at();
    return t[to] - t[from];
  };

  it('does not wait for a nomodule script, which the browser neither loads nor reports', async () => {
    await consent('/nomodule');
    await waitFor('after-nomodule');
    expect(await ran()).toEqual(['after-nomodule']);
    // Waiting for its load would have held the next tag for the whole load timeout.
    expect(await between('consent', 'after-nomodule')).toBeLessThan(LOAD_TIMEOUT / 2);
    expect(warnings.filter((w) => w.includes('did not load within'))).toEqual([]);
  });

  it('does not wait for a script of a type the browser does not run (text/x-template)', async () => {
    await consent('/template');
    await waitFor('after-template');
    expect(await ran()).toEqual(['after-template']);
    expect(await between('consent', 'after-template')).toBeLessThan(LOAD_TIMEOUT / 2);
    expect(await page.evaluate(() => document.querySelector('script[src="/template.js"]')!.getAttribute('type'))).toBe('text/x-template');
  });

  it('skips a tag removed from the page while an earlier script was loading', async () => {
    await consent('/removed');
    // The slow script was asked for: the queue waits for it, with the doomed tag next.
    await expect.poll(() => site.requests).toContain('/slow.js?delay=3000');
    const before = await page.evaluate(() => {
      document.getElementById('doomed')!.remove();
      return (window as Win).ran || [];
    });
    // Removed before its turn (else this test proves nothing).
    expect(before).toEqual([]);
    await waitFor('after-removed');
    expect(await ran()).toEqual(['slow', 'after-removed']);
    // Right after the slow script, not after a load timeout spent on a tag that was never inserted.
    expect(await between('slow', 'after-removed')).toBeLessThan(LOAD_TIMEOUT / 2);
    expect(site.requests).not.toContain('/doomed.js');
  });

  it('gives up on a partner host that never answers after 8 s, with a warning, and runs the tags after it', async () => {
    const pending: Route[] = [];
    let asked!: () => void;
    const requested = new Promise<void>((r) => (asked = r));
    // Registered after fakePartners, so it wins: the request is held and never answered.
    await context.route(NEVER, (route) => {
      pending.push(route);
      asked();
    });
    await consent('/never');
    await requested;
    // A tag the site adds while the queue waits, and (below) one it adds after the queue gave up.
    const add = (name: string) =>
      page.evaluate((code) => {
        const s = document.createElement('script');
        s.type = 'text/plain';
        s.dataset.consent = 'analytics';
        s.text = code;
        document.body.append(s);
      }, log(name));
    await add('added-while-waiting');
    await waitFor('added-while-waiting', LOAD_TIMEOUT + 15000);
    expect(await ran()).toEqual(['after-never', 'added-while-waiting']);
    // It did wait for the script first: document order is kept while there is a chance it loads.
    expect(await between('consent', 'after-never')).toBeGreaterThanOrEqual(LOAD_TIMEOUT - 50);
    // The message names the tag's element after the text.
    const warning = `[consentry] '${NEVER}' did not load within 8 s; the tags after it run without waiting for it`;
    await expect.poll(() => warnings.filter((w) => w.startsWith(warning))).toHaveLength(1);
    await add('added-later');
    await waitFor('added-later');
    expect(await ran()).toEqual(['after-never', 'added-while-waiting', 'added-later']);
    expect(pending).toHaveLength(1);
  }, 45000);

  it("keeps the site's onload handler: it runs once the script has loaded, once", async () => {
    await consent('/onload');
    await waitFor('after-x');
    expect(await ran()).toEqual(['x', 'init', 'after-x']);
    expect(await page.evaluate(() => (window as unknown as { initSawX: boolean }).initSawX)).toBe(true);
  });

  it('keeps document order, external scripts included, with the tags it does not wait for in between', async () => {
    await consent('/order');
    await waitFor('inline-2');
    expect(await ran()).toEqual(['slow', 'inline-1', 'fast', 'inline-2']);
    expect(await between('consent', 'inline-2')).toBeLessThan(LOAD_TIMEOUT / 2);
    expect(await page.evaluate(() => document.querySelector('img')!.getAttribute('src'))).toBe('/pixel.gif');
  });
});
