import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, serve, type Site } from './browser';
import { axe, settled, state, uiPage } from './ui-helpers';

/** The iCanspk site with rules by region: PIPL in China, opt-out in the US, notice in Japan, GDPR elsewhere. */
const config = (region: string) => ({
  policy: { url: '/privacy.html', revision: '2020-09-25' },
  region,
  rules: { CN: 'pipl', US: 'us', JP: 'notice', default: 'gdpr' },
  controller: { name: 'iCanspk', contact: 'nic@icanspk.com', address: 'Shanghai', country: 'CN' },
  categories: { necessary: { required: true }, preferences: {}, analytics: {}, advertising: { personalization: true } },
  services: {
    'site-analytics': { category: 'analytics', cookies: [{ name: '_ica_id', lifetime: '13 months' }] },
    'ad-partner': {
      category: 'advertising',
      cookies: [{ name: '_adp', lifetime: { months: 3 } }],
      recipient: { name: 'Ad Partner Inc.', contact: 'https://ads.example/privacy' },
      country: 'US',
    },
  },
  minors: { age: 14, guardianUrl: '/guardians.html' },
  ui: {
    texts: {
      en: { services: { 'ad-partner': { name: 'Ad partner', purpose: 'Shows and measures ads.', data: 'Device identifier, pages visited' } } },
      'zh-Hans': { services: { 'ad-partner': { name: '广告合作伙伴', purpose: '展示并衡量广告。', data: '设备标识符、访问的页面' } } },
    },
  },
});

/**
 * Inert tags: the ad partner's, and after it one of its category alone, which the same release runs: once that
 * one has run, the partner's would have too if it were allowed.
 */
const TAGS = `<script type="text/plain" data-consent="advertising" data-service="ad-partner">window.partnerRan = true</script>
<script type="text/plain" data-consent="advertising">window.advertisingRan = true</script>`;
const page = (region: string, lang = 'en') => uiPage(config(region), lang, TAGS);

describe('rules by region and PIPL in the UI (Chromium)', () => {
  let browser: Browser;
  let site: Site;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      '/': page('CN'),
      '/zh.html': page('CN', 'zh-CN'),
      '/us.html': page('US'),
      '/jp.html': page('JP'),
      '/guardians.html': '<!doctype html><title>Guardians</title>',
    });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await site?.close();
  });

  const open = async (path: string): Promise<Page> => {
    const context = await browser.newContext();
    contexts.push(context);
    const p = await context.newPage();
    await p.goto(site.url + path);
    return p;
  };
  const ui = (p: Page, sel: string) => p.locator('consentry-ui ' + sel);
  const banner = async (p: Page) => {
    await ui(p, '.banner').waitFor();
    return ui(p, '.banner');
  };

  it('pipl: the first layer names the handler with a mailto: link and offers "I am under 14"', async () => {
    const p = await open('/');
    const b = await banner(p);
    expect(await b.textContent()).toContain('iCanspk handles your personal information on this site.');
    expect(await b.getByRole('link', { name: 'nic@icanspk.com' }).getAttribute('href')).toBe('mailto:nic@icanspk.com');
    expect(await b.locator('.btns button').allTextContents()).toEqual(['Accept all', 'Reject all', 'Customize', 'I am under 14']);
    const box = (await b.locator('[data-action=minor]').boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  });

  it('pipl: Accept all leaves the partner abroad off and asks for its separate consent; agreeing turns it on', async () => {
    const p = await open('/');
    await (await banner(p)).locator('[data-action=acceptAll]').click();
    const dialog = p.getByRole('dialog', { name: 'Your separate consent' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    // The category's own tag ran: the partner's would have run in the same release.
    await p.waitForFunction(() => (window as { advertisingRan?: boolean }).advertisingRan);
    expect(await p.evaluate(() => (window as { partnerRan?: boolean }).partnerRan)).toBe(undefined);
    const before = await state(p);
    expect(before.categories.advertising).toBe(true);
    expect(before.services['ad-partner']).toBe(false);
    expect(before.separate).toEqual({});
    expect(await dialog.locator('li p').allTextContents()).toEqual([
      'Purpose: Shows and measures ads.',
      'Recipient: Ad Partner Inc. (Contact: https://ads.example/privacy)',
      'Located in: United States',
      'Personal information provided: Device identifier, pages visited',
      'Cookies: _adp (lifetime 3 months)',
    ]);
    // Focus is inside, and Tab stays there.
    expect(await p.evaluate(() => document.querySelector('consentry-ui')!.shadowRoot!.activeElement?.classList.contains('separate'))).toBe(true);
    for (let i = 0; i < 5; i++) await p.keyboard.press('Tab');
    expect(await p.evaluate(() => !!document.querySelector('consentry-ui')!.shadowRoot!.activeElement?.closest('.separate'))).toBe(true);
    await dialog.getByRole('button', { name: 'I agree' }).click();
    await p.waitForFunction(() => (window as { partnerRan?: boolean }).partnerRan);
    const after = await state(p);
    expect(after.services['ad-partner']).toBe(true);
    expect(Date.parse(after.separate['ad-partner'])).toBeGreaterThan(Date.now() - 60000);
    expect(await ui(p, '[role=dialog]').count()).toBe(0);
    // It is kept: the next page runs the partner without asking again.
    await p.reload();
    await p.waitForFunction(() => (window as { partnerRan?: boolean }).partnerRan);
    expect((await state(p)).separate['ad-partner']).toBe(after.separate['ad-partner']);
  });

  it('pipl: "I am under 14" records the required categories only, as a child, and shows the guardian link', async () => {
    const p = await open('/');
    await (await banner(p)).getByRole('button', { name: 'I am under 14' }).click();
    const dialog = p.getByRole('dialog', { name: 'For visitors under 14' });
    await dialog.waitFor();
    const s = await state(p);
    expect(s).toMatchObject({ given: true, minor: true, method: 'custom' });
    expect(s.categories).toEqual({ necessary: true, preferences: false, analytics: false, advertising: false });
    expect(await dialog.getByRole('link', { name: 'For parents and guardians' }).getAttribute('href')).toBe('/guardians.html');
    await dialog.getByRole('button', { name: 'OK' }).click();
    expect(await ui(p, '[role=dialog]').count()).toBe(0);
    // Accept all now is still a child's choice.
    await p.evaluate(() => window.consentry!.acceptAll());
    expect((await state(p)).categories.advertising).toBe(false);
  });

  it('pipl: advertising allowed with its personalisation switch left off records personalised use as refused', async () => {
    const p = await open('/');
    await (await banner(p)).locator('[data-action=customize]').click();
    const prefs = p.getByRole('dialog', { name: 'Privacy preferences' });
    await prefs.waitFor();
    expect(await prefs.textContent()).toContain('Personal information handler');
    const personal = prefs.getByRole('switch', { name: 'Personalised Advertising' });
    expect(await personal.getAttribute('aria-disabled')).toBe('true');
    await prefs.getByRole('switch', { name: 'Advertising', exact: true }).click();
    expect([await personal.getAttribute('aria-checked'), await personal.getAttribute('aria-disabled')]).toEqual(['false', null]);
    // The partner abroad is not switched on with its category.
    expect(await prefs.getByRole('switch', { name: 'Ad partner' }).getAttribute('aria-checked')).toBe('false');
    await prefs.getByRole('button', { name: 'Save choices' }).click();
    await p.waitForFunction(() => window.consentry!.get().given);
    const s = await state(p);
    expect(s.categories.advertising).toBe(true);
    expect(s.personalized.advertising).toBe(false);
    expect(s.services['ad-partner']).toBe(false);
  });

  it('us: no banner at load, the "Do Not Sell or Share" pill instead, which opens the opt-out banner', async () => {
    const asked = site.requests.length;
    const p = await open('/us.html');
    const pill = p.getByRole('button', { name: 'Do Not Sell or Share My Personal Information', exact: true });
    await pill.waitFor();
    // The pill is drawn after load; a banner would have been asked for at the start, long before.
    expect(site.requests.slice(asked).filter((r) => r.startsWith('/dist/consentry-ui'))).toEqual([]);
    expect(await p.locator('consentry-ui').count()).toBe(0);
    expect(await pill.textContent()).toBe('Do Not Sell or Share My Personal Information');
    const box = (await pill.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    // Bottom-left corner, inside the viewport.
    const view = p.viewportSize()!;
    expect(box.x).toBeLessThan(view.width / 2);
    expect(box.y + box.height).toBeLessThanOrEqual(view.height);
    expect(await axe(p)).toEqual([]);
    await pill.click();
    const b = await banner(p);
    // Focus moves into the banner, which lies over the pill's corner: the pill does not cover its buttons.
    expect(await p.evaluate(() => document.querySelector('consentry-ui')!.shadowRoot!.activeElement?.classList.contains('banner'))).toBe(true);
    expect(await b.locator('.btns button').allTextContents()).toEqual(['Do Not Sell or Share My Personal Information', 'Customize', 'OK']);
    await b.locator('[data-action=doNotSell]').click();
    await p.waitForFunction(() => window.consentry!.get().given);
    expect((await state(p)).categories.advertising).toBe(false);
  });

  it('us in Simplified Chinese: the pill speaks it', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const p = await context.newPage();
    site.page('/us-zh.html', uiPage(config('US'), 'zh-CN'));
    await p.goto(site.url + '/us-zh.html');
    await p.getByRole('button', { name: '请勿出售或共享我的个人信息', exact: true }).waitFor();
  });

  it('notice: informs, with OK and Customize, and everything runs meanwhile', async () => {
    const p = await open('/jp.html');
    const b = await banner(p);
    expect(await b.textContent()).toContain('You can switch any of them off at any time.');
    expect(await b.locator('.btns button').allTextContents()).toEqual(['OK', 'Customize']);
    await p.waitForFunction(() => (window as { advertisingRan?: boolean }).advertisingRan);
    await b.getByRole('button', { name: 'OK' }).click();
    await p.waitForFunction(() => window.consentry!.get().given);
    expect((await state(p)).categories.analytics).toBe(true);
  });

  for (const [lang, path, names] of [
    ['English', '/', { accept: 'Accept all', customize: 'Customize', minor: 'I am under 14' }],
    ['Simplified Chinese', '/zh.html', { accept: '全部接受', customize: '自定义', minor: '我未满 14 周岁' }],
  ] as const) {
    it(`axe finds nothing in the banner, the preferences, the separate consents and the notice for children: ${lang}`, async () => {
      const p = await open(path);
      await banner(p);
      await settled(p);
      expect(await axe(p)).toEqual([]);
      await ui(p, '.banner').getByRole('button', { name: names.customize }).click();
      await ui(p, '.preferences').waitFor();
      await settled(p);
      expect(await axe(p)).toEqual([]);
      await ui(p, '.preferences').getByRole('button', { name: names.accept }).click();
      await ui(p, '.separate').waitFor();
      await settled(p);
      expect(await axe(p)).toEqual([]);
      await ui(p, '[data-action=separateLater]').click();
      // A fresh visitor for the children's notice.
      const q = await open(path);
      await (await banner(q)).getByRole('button', { name: names.minor }).click();
      await ui(q, '.minor').waitFor();
      await settled(q);
      expect(await axe(q)).toEqual([]);
      if (lang != 'English') expect(await ui(q, '.minor').textContent()).toContain('监护人须知');
    });
  }
});
