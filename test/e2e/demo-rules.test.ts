import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import { launch } from './browser';
import { start, type DemoServer } from '../../demo/server.mjs';

interface DemoWindow {
  demoLog: { partners: { service: string }[] };
  dataLayer: unknown[];
}

/** The iCanspk demo under the law of each region, as a visitor meets it, in English and in Chinese. */
describe('the iCanspk demo by region in Chromium', () => {
  let browser: Browser;
  let server: DemoServer;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    browser = await launch();
    server = await start(0);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterEach(async () => {
    expect(pageErrors).toEqual([]);
    await context?.close();
  });

  const ran = () => page.evaluate(() => [...new Set((window as unknown as DemoWindow).demoLog.partners.map((p) => p.service))].sort());
  const waitRan = (service: string) =>
    page.waitForFunction((s) => (window as unknown as DemoWindow).demoLog.partners.some((p) => p.service == s), service);
  const snapshot = () => page.evaluate(() => window.consentry!.get());
  const $ = (sel: string) => page.locator('consentry-ui ' + sel);
  /** The last Consent Mode update the page's Google tags saw. */
  const lastUpdate = () =>
    page.evaluate(() => {
      const calls = (window as unknown as DemoWindow).dataLayer.map((a) => Array.from(a as ArrayLike<unknown>));
      return calls.filter((c) => c[0] == 'consent' && c[1] == 'update').pop()?.[2] as Record<string, string> | undefined;
    });

  for (const [lang, t] of [
    ['en', { handler: 'iCanspk handles your personal information on this site.', accept: 'Accept all', reject: 'Reject all', agree: 'I agree', separate: 'Your separate consent', minor: 'I am under 14', guardian: 'For parents and guardians', customize: 'Customize', save: 'Save choices', advertising: 'Advertising', personal: 'Personalised Advertising' }],
    ['zh-Hans', { handler: '本网站的个人信息处理者为iCanspk。', accept: '全部接受', reject: '全部拒绝', agree: '同意', separate: '单独同意', minor: '我未满 14 周岁', guardian: '监护人须知', customize: '自定义', save: '保存设置', advertising: '广告', personal: '个性化广告' }],
  ] as const) {
    describe(`China (pipl), ${lang}`, () => {
      it('names the handler; Accept all leaves the partners abroad off until their separate consent', async () => {
        await page.goto(`${url}/?region=CN&lang=${lang}`);
        const banner = $('.banner');
        await banner.waitFor();
        expect(await banner.innerText()).toContain(t.handler);
        expect(await banner.getByRole('link', { name: 'nic@icanspk.com' }).getAttribute('href')).toBe('mailto:nic@icanspk.com');
        await banner.getByRole('button', { name: t.accept, exact: true }).click();

        const dialog = page.locator('consentry-ui').getByRole('dialog', { name: t.separate });
        await dialog.waitFor();
        // The partners in China ran; the ones abroad, which the same release would have run, did not.
        await waitRan('site-analytics');
        expect(await ran()).toEqual(['language-memory', 'lesson-video', 'site-analytics']);
        const held = await snapshot();
        expect(held).toMatchObject({ region: 'CN', rule: 'pipl', separate: {}, categories: { advertising: true, analytics: true } });
        expect([held.services['ad-partner'], held.services['google-analytics']]).toEqual([false, false]);
        // The confirmation says who receives what, and where.
        const text = await dialog.innerText();
        expect(text).toContain('Google LLC');
        expect(text).toContain(lang == 'en' ? 'United States' : '美国');

        await dialog.getByRole('button', { name: t.agree, exact: true }).click();
        await waitRan('ad-partner');
        await waitRan('google-analytics');
        const given = await snapshot();
        expect(Object.keys(given.separate).sort()).toEqual(['ad-partner', 'google-analytics']);
        expect(Date.parse(given.separate['ad-partner'])).toBeGreaterThan(Date.now() - 60_000);
      });

      it('"I am under 14" records the required categories only, as a child, with the link for guardians', async () => {
        await page.goto(`${url}/?region=CN&lang=${lang}`);
        await $('.banner').getByRole('button', { name: t.minor, exact: true }).click();
        const notice = $('.minor');
        await notice.waitFor();
        expect(await notice.getByRole('link', { name: t.guardian }).getAttribute('href')).toBe('/privacy.html#protection-of-minors');
        const s = await snapshot();
        expect(s).toMatchObject({ given: true, minor: true, categories: { necessary: true, preferences: false, analytics: false, advertising: false } });
        // The next page runs nothing but the required: the panel's log says what ran once the page is ready.
        await page.goto(`${url}/lessons.html?region=CN&lang=${lang}`);
        await page.waitForFunction(() => window.consentry!.get().minor);
        await page.evaluate(() => new Promise((r) => (document.readyState == 'complete' ? r(0) : addEventListener('load', r))));
        expect(await ran()).toEqual([]);
      });

      it('advertising without personalisation: ad_storage granted, ad_personalization denied', async () => {
        await page.goto(`${url}/?region=CN&lang=${lang}`);
        await $('.banner').getByRole('button', { name: t.customize, exact: true }).click();
        const prefs = page.locator('consentry-ui').getByRole('dialog').first();
        await prefs.getByRole('switch', { name: t.advertising, exact: true }).click();
        expect(await prefs.getByRole('switch', { name: t.personal }).getAttribute('aria-checked')).toBe('false');
        await prefs.getByRole('button', { name: t.save, exact: true }).click();
        await page.waitForFunction(() => window.consentry!.get().given);
        expect((await snapshot()).personalized).toEqual({ advertising: false });
        expect(await lastUpdate()).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'denied' });
      });

      it('refusing costs nothing: Reject all, and the site works with only what it needs', async () => {
        await page.goto(`${url}/?region=CN&lang=${lang}`);
        await $('.banner').getByRole('button', { name: t.reject, exact: true }).click();
        await page.waitForFunction(() => window.consentry!.get().given);
        await page.goto(`${url}/lessons.html?region=CN&lang=${lang}`);
        await page.locator('main h1').waitFor();
        // Tags the gate releases while the page loads hold up its load event.
        await page.evaluate(() => new Promise((r) => (document.readyState == 'complete' ? r(0) : addEventListener('load', r))));
        expect(await page.locator('consentry-ui .banner').count()).toBe(0);
        expect(await ran()).toEqual([]);
        // Withdrawal and change stay one click away.
        await page.locator('[data-consentry=settings] button').click();
        await page.locator('consentry-ui').getByRole('dialog').first().waitFor();
      });
    });

    describe(`California (us), ${lang}`, () => {
      it('no banner blocks the page; GPC holds back sale and sharing; the Do Not Sell link opts out', async () => {
        await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
        await page.goto(`${url}/?region=US-CA&lang=${lang}`);
        const link = page.getByRole('button', { name: lang == 'en' ? 'Do Not Sell or Share My Personal Information' : '请勿出售或共享我的个人信息', exact: true });
        await link.waitFor();
        // The link comes after load: a banner asked for at start would have put the UI's script in the page by now.
        expect(await page.evaluate(() => document.querySelectorAll('script[src*="consentry-ui"]').length)).toBe(0);
        expect(await snapshot()).toMatchObject({ rule: 'us', gpc: true, given: false, categories: { analytics: true, advertising: false } });
        await waitRan('site-analytics');
        expect(await ran()).not.toContain('ad-partner');
        expect(await lastUpdate()).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });

        await link.click();
        await $('.banner [data-action=doNotSell]').click();
        await page.waitForFunction(() => window.consentry!.get().given);
        expect(await snapshot()).toMatchObject({ method: 'custom', categories: { analytics: true, advertising: false } });
      });
    });

    describe(`Germany (gdpr), ${lang}`, () => {
      it("is today's banner: Accept all allows every partner, no separate step", async () => {
        await page.goto(`${url}/?region=DE&lang=${lang}`);
        const banner = $('.banner');
        await banner.waitFor();
        expect(await banner.locator('.btns button').allTextContents()).toEqual(
          lang == 'en' ? ['Accept all', 'Reject all', 'Customize'] : ['全部接受', '全部拒绝', '自定义'],
        );
        await banner.getByRole('button', { name: t.accept, exact: true }).click();
        await page.waitForFunction(() => (window as unknown as DemoWindow).demoLog.partners.some((p) => p.service == 'ad-partner'));
        expect(await ran()).toEqual(['ad-partner', 'google-analytics', 'language-memory', 'lesson-video', 'site-analytics']);
        expect(await page.locator('consentry-ui [role=dialog]').count()).toBe(0);
        expect(await snapshot()).toMatchObject({ rule: 'gdpr', region: 'DE', separate: {} });
      });
    });
  }
});
