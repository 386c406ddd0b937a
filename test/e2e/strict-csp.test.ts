import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { exampleConfig, fakePartners, launch, serve, type Site } from './browser';

// Under 'strict-dynamic' every script that a trusted script creates is trusted too. The gate creates the
// released copies, so it must only release what the page marked as its own: the inert tags with its nonce.
const NONCE = 'Zm9yLXRlc3RzLW9ubHk';
const CSP = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;
const log = (name: string) => `(window.ran = window.ran || []).push(${JSON.stringify(name)});`;
const NONCE_ERROR = "[consentry] an inert script without the page's nonce stays inert";

const PIXEL = 'https://connect.facebook.net/en_US/fbevents.js';
const INJECTED_PIXEL = 'https://connect.facebook.net/en_US/injected.js';
const blockingConfig = {
  ...exampleConfig,
  services: { ...exampleConfig.services, 'meta-pixel': { category: 'advertising', hosts: ['facebook.net', 'facebook.com'] } },
};

/** A page under the strict policy whose own scripts carry the nonce; `gate` is consentry.js or consentry-blocking.js. */
const strictPage = (config: object, gate: string, body: string) => ({
  headers: { 'content-security-policy': CSP },
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script nonce="${NONCE}">window.consentryConfig = ${JSON.stringify(config)};</script>
<script nonce="${NONCE}" src="/dist/${gate}"></script></head><body>${body}</body></html>`,
});

/** What a visitor wrote into a comment form, as the site prints it: the markup of an inert tag, without the nonce. */
const comment = `<div class="comment"><p>Nice post!</p><script type="text/plain" data-consent="analytics">${log('comment')}</script></div>`;

describe("a strict CSP with a nonce and 'strict-dynamic'", () => {
  let browser: Browser;
  let site: Site;
  let context: BrowserContext;
  let page: Page;
  let partners: string[];
  let violations: string[];
  let errors: string[];
  const ran = () => page.evaluate(() => (window as unknown as { ran?: string[] }).ran || []);
  const waitFor = (name: string) => page.waitForFunction((n) => (window as unknown as { ran?: string[] }).ran?.includes(n), name);

  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      '/gate': strictPage(
        exampleConfig,
        'consentry.js',
        `<script type="text/plain" data-consent="analytics" nonce="${NONCE}">${log('nonced')}</script>
${comment}
<div id="feed"></div>
<script nonce="${NONCE}">
  // A site's own code that puts fetched markup into the page: scripts in it are not the page's own.
  window.injectMarkup = function (name) {
    var div = document.createElement('div');
    div.innerHTML = '<script type="text/plain" data-consent="analytics">(window.ran = window.ran || []).push("' + name + '");<\\/script>';
    document.getElementById('feed').append(div);
  };
  // A tag the page's code marks as its own, with the nonce the server gave it.
  window.addOwn = function (name) {
    var s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.consent = 'analytics';
    s.nonce = ${JSON.stringify(NONCE)};
    s.text = '(window.ran = window.ran || []).push("' + name + '");';
    document.body.append(s);
  };
  injectMarkup('injected-before-consent');
</script>
<script type="text/plain" data-consent="analytics" nonce="${NONCE}">${log('sentinel')}</script>`,
      ),
      '/blocking': strictPage(
        blockingConfig,
        'consentry-blocking.js',
        `<div id="feed"></div>
<script nonce="${NONCE}">
  // The vendor's snippet, run by the page's own (nonced) code: under 'strict-dynamic' it would run.
  var s = document.createElement('script');
  s.src = ${JSON.stringify(PIXEL)};
  document.head.append(s);
  // Markup with a partner script: the browser never runs scripts inserted through innerHTML.
  document.getElementById('feed').innerHTML = '<script src="${INJECTED_PIXEL}"><\\/script>';
  // A request that comes after both: once it arrived, a request for the pixel would have too.
  var after = document.createElement('script');
  after.src = 'https://cdn.unlisted.example/after.js';
  document.head.append(after);
</script>
<script type="text/plain" data-consent="advertising" nonce="${NONCE}">${log('sentinel')}</script>`,
      ),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    partners = await fakePartners(context, {
      [PIXEL]: log('pixel'),
      [INJECTED_PIXEL]: log('injected-pixel'),
      'https://cdn.unlisted.example/after.js': log('after'),
    });
    page = await context.newPage();
    violations = [];
    errors = [];
    page.on('console', (m) => (/Content Security Policy/i.test(m.text()) ? violations : m.type() == 'error' ? errors : []).push(m.text()));
  });

  it('releases the inert tags that carry the nonce, and never markup without it', async () => {
    await page.goto(site.url + '/gate');
    // The page's own script ran: its nonce was honoured, and the markup it injected is in the page.
    await page.waitForFunction(() => document.querySelectorAll('#feed script').length == 1);
    expect(await ran()).toEqual([]);
    await page.evaluate(() => window.consentry!.acceptAll());
    // The sentinel comes after the comment and the injected tag in document order: the queue went past them.
    await waitFor('sentinel');
    expect(await ran()).toEqual(['nonced', 'sentinel']);

    // After consent: markup injected now stays inert too; the page's own tag after it runs.
    await page.evaluate(() => {
      const w = window as unknown as { injectMarkup: (n: string) => void; addOwn: (n: string) => void };
      w.injectMarkup('injected-after-consent');
      w.addOwn('own-after-consent');
    });
    await waitFor('own-after-consent');
    expect(await ran()).toEqual(['nonced', 'sentinel', 'own-after-consent']);
    // The comment and both injected tags are still inert, and each was explained once.
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('.comment script, #feed script'), (s) => s.getAttribute('type')))).toEqual([
      'text/plain',
      'text/plain',
      'text/plain',
    ]);
    await expect.poll(() => errors.filter((e) => e.startsWith(NONCE_ERROR)).length).toBe(3);
    expect(violations).toEqual([]);
  });

  it('the blocker holds a script that page script created, and after consent it runs; markup stays inert', async () => {
    await page.goto(site.url + '/blocking');
    await waitFor('after');
    // The unlisted script was asked for after the pixel would have been: the pixel's host was never asked.
    expect(partners.filter((u) => u.includes('facebook'))).toEqual([]);
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('script[data-service="meta-pixel"]'), (s) => s.getAttribute('type')))).toEqual([
      'text/plain',
      'text/plain',
    ]);
    expect(await ran()).toEqual(['after']);

    await page.evaluate(() => window.consentry!.acceptAll());
    // The held pixel (in <head>) comes before the injected markup and the sentinel (in <body>).
    await waitFor('sentinel');
    expect(await ran()).toEqual(['after', 'pixel', 'sentinel']);
    expect(partners.filter((u) => u.includes('facebook'))).toEqual([PIXEL]);
    // The script from innerHTML never got the page's nonce: it was not released, and that was explained.
    await expect.poll(() => errors.filter((e) => e.startsWith(NONCE_ERROR)).length).toBe(1);
    expect(violations).toEqual([]);
  });
});
