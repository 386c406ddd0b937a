import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { exampleConfig, gatePage, launch, serve, type Site } from '../e2e/browser';
import { fnv } from '../../collector/consent-cookie.js';
import { fromRow } from '../../collector/storage/migrations.js';
import { startCollector } from './helpers';

/** The built gate in Debian's Chromium, sending its receipts to a collector on another loopback port. */
describe('the gate sends receipts to the collector', () => {
  let browser: Browser;
  let site: Site;
  let c: Awaited<ReturnType<typeof startCollector>>;

  beforeAll(async () => {
    browser = await launch();
    site = await serve();
    c = await startCollector({ ALLOWED_ORIGINS: site.url, SET_COOKIE: 'on', SITE: 'necessary,preferences,analytics,advertising', SITE_SERVICES: 'site-analytics,ad-partner', RATE_LIMIT: 'off', COOKIE_DAYS: '182' });
    // The gate writes its cookie for 30 days, the collector for 182: the expiry tells who set it last.
    // (In production both use the same cookie.days; Safari then keeps the server's 182 days.)
    site.page('/', gatePage({ ...exampleConfig, cookie: { days: 30 }, receipts: { endpoint: c.url + '/v1/receipts' } }));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await c?.close();
  });

  const waitForCount = async (n: number) => {
    for (let i = 0; i < 100 && (await c.store.count()) < n; i++) await new Promise((r) => setTimeout(r, 50));
    return c.store.count();
  };

  it('stores each decision and the dashboard shows it; the consent cookie is re-issued by the server', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(site.url + '/');
    const first = await page.evaluate(() => window.consentry!.acceptAll('accept-all'));
    expect(await waitForCount(1)).toBe(1);
    const second = await page.evaluate(() => window.consentry!.set({ advertising: false }, 'custom'));
    expect(await waitForCount(2)).toBe(2);

    const history = (await c.store.history(first.id!)).map(fromRow);
    expect(history.map((h: { method: string }) => h.method)).toEqual(['accept-all', 'custom']);
    expect(history[1]).toMatchObject({ consentId: second.id, revision: '2020-09-25', categories: { advertising: false, analytics: true }, services: { 'ad-partner': false, 'site-analytics': true }, url: site.url + '/', time: second.updatedAt });
    expect(history[1].browser).toMatch(/^Chrome \d+$/);

    const stats = await (await c.admin('/v1/stats')).json();
    expect(stats).toMatchObject({ decisions: 2, visitors: 1, methods: { custom: 1 } });
    const dash = await (await c.admin('/dashboard')).text();
    expect(dash).toContain('<span class="big">2</span><br>decisions');

    // The browser sent its cookie with the beacon; the collector answered with the same cookie, server-set.
    const cookie = (await context.cookies()).find((k) => k.name == 'consentry')!;
    const updatedAt = Date.parse(second.updatedAt!) / 1000;
    expect(Math.abs(cookie.expires - (updatedAt + 182 * 86400))).toBeLessThan(2);
    expect(cookie).toMatchObject({ path: '/', sameSite: 'Lax', httpOnly: false });
    expect(cookie.value.split('.')[1]).toBe(second.id);
    const parts = cookie.value.split('.');
    expect(parts.pop()).toBe(fnv(parts.join('.')));
    await context.close();
  });
});
