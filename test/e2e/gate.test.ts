import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { exampleConfig, fakePartners, gatePage, launch, serve, type Site } from './browser';

const log = (name: string) => `(window.ran = window.ran || []).push(${JSON.stringify(name)});`;

describe('the gate: order, late tags, CSP, double inclusion', () => {
  let browser: Browser;
  let site: Site;
  let context: BrowserContext;
  let page: Page;
  let partners: string[];
  const ran = () => page.evaluate(() => (window as unknown as { ran?: string[] }).ran || []);
  const waitRan = (n: number) => page.waitForFunction((n) => ((window as unknown as { ran?: string[] }).ran || []).length >= n, n);

  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      '/slow.js': log('slow'),
      '/fast.js': log('fast'),
      '/pixel.gif': { body: 'GIF89a', type: 'image/gif' },
      '/frame.html': '<p>frame</p>',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    partners = await fakePartners(context);
    page = await context.newPage();
  });

  it('keeps document order: a slow external script runs before the inline and fast ones after it', async () => {
    site.page(
      '/order',
      gatePage(
        exampleConfig,
        `<script type="text/plain" data-consent="analytics" src="/slow.js?delay=400"></script>
         <script type="text/plain" data-consent="analytics">${log('inline')}</script>
         <script type="text/plain" data-consent="analytics" src="/fast.js"></script>
         <script type="text/plain" data-consent="analytics">${log('last')}</script>`,
      ),
    );
    await page.goto(site.url + '/order');
    await page.evaluate(() => window.consentry!.set({ analytics: true }));
    await waitRan(4);
    expect(await ran()).toEqual(['slow', 'inline', 'fast', 'last']);
  });

  it('carries attributes over and releases images and iframes; refuses javascript: URLs', async () => {
    site.page(
      '/attrs',
      gatePage(
        exampleConfig,
        `<script type="text/plain" data-consent="analytics" id="tag" data-extra="x" class="c">${log('tag')}</script>
         <script type="text/plain" data-consent="analytics" data-type="module">${log('module')}</script>
         <img data-consent="analytics" data-src="/pixel.gif" alt="">
         <iframe data-consent="analytics" data-src="/frame.html" title="f"></iframe>
         <iframe id="evil" data-consent="analytics" data-src="javascript:parent.ran.push('evil')" title="e"></iframe>`,
      ),
    );
    const errors: string[] = [];
    page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
    await page.goto(site.url + '/attrs');
    expect(site.requests).not.toContain('/pixel.gif');
    await page.evaluate(() => window.consentry!.set({ analytics: true }));
    await waitRan(2);
    await page.waitForFunction(() => document.querySelector('iframe')!.getAttribute('src') == '/frame.html');
    const tag = await page.evaluate(() => {
      const s = document.getElementById('tag') as HTMLScriptElement;
      return { type: s.type, extra: s.dataset.extra, cls: s.className, module: document.querySelector('script[data-type=module]')!.getAttribute('type') };
    });
    expect(tag).toEqual({ type: '', extra: 'x', cls: 'c', module: 'module' });
    await page.waitForFunction(() => (document.querySelector('img') as HTMLImageElement).complete);
    expect(site.requests).toContain('/pixel.gif');
    expect(await page.evaluate(() => document.getElementById('evil')!.hasAttribute('src'))).toBe(false);
    expect((await ran()).sort()).toEqual(['module', 'tag']);
    expect(errors.join('\n')).toContain("[consentry] refused to release 'javascript:");
  });

  it('handles tags added later in the HTML and by a single-page app, before and after consent', async () => {
    site.page(
      '/late',
      gatePage(
        exampleConfig,
        `<script>
           addEventListener('load', () => {
             const s = document.createElement('script');
             s.type = 'text/plain'; s.dataset.consent = 'analytics'; s.text = ${JSON.stringify(log('spa-before'))};
             document.body.append(s);
           });
           window.addLater = () => {
             const s = document.createElement('script');
             s.type = 'text/plain'; s.dataset.consent = 'analytics'; s.text = ${JSON.stringify(log('spa-after'))};
             const div = document.createElement('div'); div.append(s); document.body.append(div);
           };
         </script>
         <p>content</p>
         <script type="text/plain" data-consent="analytics">${log('html-late')}</script>`,
      ),
    );
    await page.goto(site.url + '/late');
    expect(await ran()).toEqual([]);
    await page.evaluate(() => window.consentry!.set({ analytics: true }));
    await waitRan(2);
    await page.evaluate(() => (window as unknown as { addLater: () => void }).addLater());
    await waitRan(3);
    expect(await ran()).toEqual(['html-late', 'spa-before', 'spa-after']);
  });

  it('applies a nonce under a strict CSP, to released tags and to what it loads itself', async () => {
    const csp = "script-src 'nonce-r4nd0m' https://stats.example; style-src 'nonce-r4nd0m'; object-src 'none'; base-uri 'none'";
    const body = `<script type="text/plain" data-consent="analytics" nonce="r4nd0m">${log('with-nonce')}</script>
      <script type="text/plain" data-consent="analytics">${log('without-nonce')}</script>
      <script type="text/plain" data-consent="analytics" nonce="r4nd0m" src="https://stats.example/s.js"></script>`;
    site.page('/csp', {
      headers: { 'content-security-policy': csp },
      body: `<!doctype html><html><head>
        <script nonce="r4nd0m">window.consentryConfig = ${JSON.stringify(exampleConfig)};</script>
        <script nonce="r4nd0m" src="/dist/consentry.js"></script></head><body>${body}</body></html>`,
    });
    await context.route('https://stats.example/s.js', (r) => r.fulfill({ contentType: 'text/javascript', body: log('external') }));
    const violations: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => (/Content Security Policy/.test(m.text()) ? violations : m.type() == 'error' ? errors : []).push(m.text()));
    await page.goto(site.url + '/csp');
    await page.evaluate(() => window.consentry!.acceptAll());
    await waitRan(2);
    expect(await ran()).toEqual(['with-nonce', 'external']);
    expect(site.requests).toContain('/dist/consentry-engine.js');
    // The tag without the nonce is never re-created (which the CSP would refuse, or 'strict-dynamic' trust): it is explained.
    expect(violations).toEqual([]);
    expect(errors.filter((e) => e.startsWith("[consentry] an inert script without the page's nonce stays inert"))).toHaveLength(1);
    await page.reload();
    await waitRan(2);
    expect(await page.evaluate(() => window.consentry!.get().given)).toBe(true);
    // A returning visit loads the settings button with the nonce too.
    await page.locator('[data-consentry=settings] button').waitFor();
    expect(violations).toEqual([]);
  });

  it('keeps one instance when included twice, with a warning', async () => {
    site.page('/twice', gatePage(exampleConfig, '', '<script src="/dist/consentry.js"></script>'));
    const warnings: string[] = [];
    page.on('console', (m) => m.type() == 'warning' && warnings.push(m.text()));
    await page.goto(site.url + '/twice');
    expect(warnings.filter((w) => w.includes('[consentry] included twice: keeping the first'))).toHaveLength(1);
    expect(await page.evaluate(() => window.consentry!.get().given)).toBe(false);
    expect(partners).toEqual([]);
  });

  it('withdrawing with tags that already ran says a reload is needed', async () => {
    site.page('/withdraw', gatePage(exampleConfig, `<script type="text/plain" data-consent="analytics">${log('a')}</script>`));
    await page.goto(site.url + '/withdraw');
    await page.evaluate(() => window.consentry!.acceptAll());
    await waitRan(1);
    expect(await page.evaluate(async () => (await window.consentry!.set({ advertising: false })).reloadNeeded)).toBe(false);
    expect(await page.evaluate(async () => (await window.consentry!.set({ analytics: false })).reloadNeeded)).toBe(true);
  });
});
