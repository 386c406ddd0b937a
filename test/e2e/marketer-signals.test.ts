import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { exampleConfig, fakePartners, gatePage, launch, serve, type Site } from './browser';

// A stand-in for gtag.js: it records every consent command it reads from the dataLayer, the way the real
// library does (it only honours arguments objects), and every partner tag appends to the same log.
const GTAG_JS = `
  window.log = window.log || [];
  const read = (e) => {
    if (Object.prototype.toString.call(e) == '[object Arguments]') log.push('gtag:' + e[0] + ':' + e[1] + ':' + JSON.stringify(e[2]));
    else if (Array.isArray(e)) log.push('ignored-array');
    else if (e && e.event) log.push('event:' + e.event);
  };
  dataLayer.forEach(read);
  const push = dataLayer.push.bind(dataLayer);
  dataLayer.push = (...xs) => { xs.forEach(read); return push(...xs); };`;

const page = (config: object, head = '') =>
  gatePage(
    config,
    `<script src="/gtag.js"></script>
     <script>gtag('config', 'G-TEST');</script>
     <script type="text/plain" data-consent="analytics">log.push('analytics-tag')</script>
     <script type="text/plain" data-consent="advertising">log.push('ad-tag')</script>`,
    head,
  );

describe('marketer signals in Chromium', () => {
  let browser: Browser;
  let site: Site;
  let context: BrowserContext;
  let tab: Page;
  const log = () => tab.evaluate(() => (window as unknown as { log: string[] }).log.slice());

  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      '/gtag.js': GTAG_JS,
      '/': page(exampleConfig),
      '/opt-out': page({ ...exampleConfig, mode: 'opt-out' }),
      '/receipts': page({ ...exampleConfig, receipts: { endpoint: '/consent-receipts' } }),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    await fakePartners(context);
    tab = await context.newPage();
  });
  const gpc = () => context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));

  it('sends the default first, before every other gtag command and every partner tag; the update follows the decision', async () => {
    await tab.goto(site.url);
    await tab.waitForFunction(() => (window as unknown as { log: string[] }).log.includes('event:consentry_ready'));
    const before = await log();
    expect(before[0]).toMatch(/^gtag:consent:default:\{"ad_storage":"denied".*"security_storage":"granted","wait_for_update":500\}$/);
    expect(before[1]).toBe('gtag:config:G-TEST:undefined');
    expect(before).not.toContain('ignored-array');
    expect(before.filter((l) => l.endsWith('-tag'))).toEqual([]);

    await tab.evaluate(() => window.consentry!.set({ analytics: true }, 'custom'));
    const after = (await log()).slice(before.length);
    expect(after[0]).toMatch(/^gtag:consent:update:.*"analytics_storage":"granted"/);
    expect(after[0]).toMatch(/"ad_storage":"denied"/);
    expect(after.slice(1)).toEqual(['analytics-tag', 'event:consentry_consent', 'event:consentry_change']);

    await tab.reload();
    await tab.waitForFunction(() => (window as unknown as { log: string[] }).log.includes('event:consentry_ready'));
    const reloaded = await log();
    expect(reloaded.slice(0, 2).map((l) => l.split(':').slice(0, 3).join(':'))).toEqual(['gtag:consent:default', 'gtag:consent:update']);
    expect(reloaded).toContain('analytics-tag');
    expect(reloaded).not.toContain('ad-tag');
  });

  it('with Global Privacy Control, Accept all leaves advertising denied, and Consent Mode says so', async () => {
    await gpc();
    await tab.goto(site.url);
    const snap = await tab.evaluate(() => window.consentry!.acceptAll('accept-all'));
    expect(snap).toMatchObject({ gpc: true, categories: { analytics: true, advertising: false } });
    const updates = (await log()).filter((l) => l.startsWith('gtag:consent:update'));
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatch(/"ad_storage":"denied","ad_user_data":"denied","ad_personalization":"denied","analytics_storage":"granted"/);
    expect(await log()).not.toContain('ad-tag');
  });

  it('opt-out mode runs analytics before any decision, never advertising under GPC', async () => {
    await gpc();
    await tab.goto(site.url + '/opt-out');
    await tab.waitForFunction(() => (window as unknown as { log: string[] }).log.includes('analytics-tag'));
    await tab.evaluate(() => window.consentry!.acceptAll('accept-all'));
    const l = await log();
    expect(l).toContain('analytics-tag');
    expect(l).not.toContain('ad-tag');
    expect(await tab.evaluate(() => window.consentry!.get())).toMatchObject({ mode: 'opt-out', given: true, categories: { advertising: false } });
  });

  it('sends a receipt for every decision to a local endpoint', async () => {
    await tab.goto(site.url + '/receipts');
    const snap = await tab.evaluate(() => window.consentry!.set({ analytics: true }, 'custom'));
    await tab.evaluate(() => window.consentry!.rejectAll('reject-all'));
    await expect.poll(() => site.posts.filter((p) => p.path == '/consent-receipts').length).toBe(2);
    const [first, second] = site.posts.filter((p) => p.path == '/consent-receipts');
    expect(first.type).toMatch(/^text\/plain/);
    const body = JSON.parse(first.body);
    expect(body).toEqual({
      receiptId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      consentId: snap.id,
      time: snap.updatedAt,
      revision: '2020-09-25',
      method: 'custom',
      categories: snap.categories,
      services: snap.services,
      gpc: false,
      region: null,
      rule: 'gdpr',
      minor: false,
      personalized: {},
      separate: {},
      language: 'en',
      url: site.url + '/receipts',
      version: '0.1.0',
    });
    expect(JSON.parse(second.body)).toMatchObject({ consentId: snap.id, method: 'reject-all', categories: { analytics: false } });
    expect(JSON.parse(second.body).receiptId).not.toBe(body.receiptId);
  });
});
