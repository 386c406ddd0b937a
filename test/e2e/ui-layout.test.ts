import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, serve, type Site } from './browser';
import { events, recordEvents, state, uiConfig, uiPage } from './ui-helpers';

const NONCE = 'r4nd0m';
const CSP = `default-src 'self'; script-src 'nonce-${NONCE}'; style-src 'nonce-${NONCE}'`;

describe('layout, CSP, opt-out and GPC in Chromium', () => {
  let browser: Browser;
  let site: Site;

  beforeAll(async () => {
    browser = await launch();
    const strict = uiPage(uiConfig)
      .replace('<script>window.consentryConfig', `<script nonce="${NONCE}">window.consentryConfig`)
      .replace('<script src="/dist/consentry.js">', `<script nonce="${NONCE}" src="/dist/consentry.js">`);
    site = await serve({
      '/': uiPage(),
      '/csp.html': { body: strict, headers: { 'content-security-policy': CSP } },
      '/csp-zh.html': { body: strict.replace('<html lang="en">', '<html lang="zh-CN">'), headers: { 'content-security-policy': CSP } },
      '/opt-out.html': uiPage({ ...uiConfig, mode: 'opt-out' }),
      '/dialog.html': uiPage({ ...uiConfig, ui: { ...uiConfig.ui, layout: 'dialog', closeButton: true } }),
      '/rtl.html': uiPage({ ...uiConfig, ui: { language: 'ar', texts: { ar: { dir: 'rtl', acceptAll: 'قبول الكل' } } } }),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const open = async (options: Parameters<Browser["newContext"]>[0] = {}) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    return { context, page };
  };
  const visibleBox = (page: Page, sel: string) => page.locator(sel).evaluate((el) => JSON.parse(JSON.stringify(el.getBoundingClientRect())));

  it('works under a strict CSP with a nonce: styled, with the Chinese locale, and no violation', async () => {
    for (const path of ['/csp.html', '/csp-zh.html']) {
      const { context, page } = await open();
      const violations: string[] = [];
      // Every console error but the browser's own favicon 404.
      page.on('console', (m) => m.type() == 'error' && !m.location().url.endsWith('/favicon.ico') && violations.push(m.text()));
      await page.addInitScript(() => addEventListener('securitypolicyviolation', (e) => console.error('CSP ' + e.violatedDirective + ' ' + e.blockedURI)));
      await page.goto(site.url + path);
      const button = page.locator('consentry-ui .btn').first();
      await button.waitFor();
      expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 86, 196)');
      expect(await button.textContent()).toBe(path == '/csp.html' ? 'Accept all' : '全部接受');
      expect(violations).toEqual([]);
      await context.close();
    }
  });

  it('fits a 320 px wide screen, with every control at least 24x24 px and no sideways scrolling', async () => {
    const { context, page } = await open({ viewport: { width: 320, height: 640 } });
    await page.goto(site.url);
    await page.locator('consentry-ui .banner').waitFor();
    const check = async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const boxes = await page.locator('consentry-ui').locator('button, [role=switch]').evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height, r.right]),
      );
      for (const [w, h, right] of boxes) {
        expect(w).toBeGreaterThanOrEqual(24);
        expect(h).toBeGreaterThanOrEqual(24);
        expect(right).toBeLessThanOrEqual(320);
      }
    };
    await check();
    await page.locator('consentry-ui [data-action=customize]').click();
    await page.locator('consentry-ui .prefs').waitFor();
    await check();
    await context.close();
  });

  it('at 400% zoom (320 x 180 CSS px) every control of the preferences can be scrolled to and used', async () => {
    const { context, page } = await open({ viewport: { width: 320, height: 180 } });
    await page.goto(site.url);
    await page.locator('consentry-ui [data-action=customize]').click();
    const save = page.locator('consentry-ui .prefs [data-action=save]');
    await save.scrollIntoViewIfNeeded();
    const box = await visibleBox(page, 'consentry-ui .prefs [data-action=save]');
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(180);
    await save.click();
    expect((await state(page)).method).toBe('custom');
    await context.close();
  });

  it('overlays the page without moving it (no layout shift)', async () => {
    const { context, page } = await open();
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.shift += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.url);
    const before = await visibleBox(page, 'h1');
    await page.locator('consentry-ui .banner').waitFor();
    await page.locator('consentry-ui [data-action=customize]').click();
    await page.locator('consentry-ui .prefs').waitFor();
    expect(await visibleBox(page, 'h1')).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    await context.close();
  });

  it('opt-out mode: no banner until the Do Not Sell link asks; Do Not Sell switches sale categories off; OK records the defaults', async () => {
    for (const [action, advertising] of [['doNotSell', false], ['dismiss', false]] as const) {
      const { context, page } = await open();
      await recordEvents(page);
      await page.goto(site.url + '/opt-out.html');
      const banner = page.getByRole('region', { name: 'Your privacy choices' });
      // The link comes after load. Had the gate asked for the banner at start, it would have added the UI's script
      // tag then, synchronously: by the time the link exists, there is none.
      const link = page.locator('[data-consentry=settings] button');
      await link.waitFor();
      expect(await page.evaluate(() => document.querySelectorAll('script[src*="consentry-ui"]').length)).toBe(0);
      await link.click();
      await banner.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).waitFor();
      await banner.getByRole('button', { name: 'Customize' }).waitFor();
      await page.locator(`consentry-ui [data-action=${action}]`).click();
      await banner.waitFor({ state: 'detached' });
      const s = await state(page);
      expect([s.given, s.method, s.categories.analytics, s.categories.advertising, s.services['ad-partner']]).toEqual([true, 'custom', true, advertising, false]);
      // Before it, the engine's check of the new config released what opt-out mode allows: a change, not consent.
      expect((await events(page)).filter((e) => e.startsWith('consent'))).toEqual(['consent custom']);
      await context.close();
    }
  });

  it('says Global Privacy Control was honoured, and Accept all leaves advertising off', async () => {
    const { context, page } = await open();
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await page.goto(site.url);
    await page.getByText('Your browser sent a Global Privacy Control signal').waitFor();
    await page.locator('consentry-ui [data-action=acceptAll]').click();
    await page.locator('consentry-ui .banner').waitFor({ state: 'detached' });
    const s = await state(page);
    expect([s.categories.analytics, s.categories.advertising]).toEqual([true, false]);
    await context.close();
  });

  it('the dialog layout is modal and its close control rejects', async () => {
    const { context, page } = await open();
    await page.goto(site.url + '/dialog.html');
    const dialog = page.getByRole('dialog', { name: 'Your privacy choices' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await state(page)).method).toBe('reject-all');
    await context.close();
  });

  it('lays out a right-to-left language from the right', async () => {
    const { context, page } = await open();
    await page.goto(site.url + '/rtl.html');
    const accept = page.locator('consentry-ui [data-action=acceptAll]');
    await accept.waitFor();
    expect(await accept.textContent()).toBe('قبول الكل');
    expect(await page.locator('consentry-ui .c').getAttribute('dir')).toBe('rtl');
    const reject = await visibleBox(page, 'consentry-ui [data-action=rejectAll]');
    expect((await visibleBox(page, 'consentry-ui [data-action=acceptAll]')).left).toBeGreaterThan(reject.left);
    await context.close();
  });
});
