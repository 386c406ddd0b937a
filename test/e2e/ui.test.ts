import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, serve, type Site } from './browser';
import { events, focused, recordEvents, state, tabTo, uiConfig, uiPage } from './ui-helpers';

describe('the banner and the preferences in Chromium', () => {
  let browser: Browser;
  let site: Site;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      '/': uiPage(),
      '/tw.html': uiPage(uiConfig, 'zh-TW'),
      '/cn.html': uiPage(uiConfig, 'zh-CN'),
      '/new-policy.html': uiPage({ ...uiConfig, policy: { url: '/privacy.html', revision: '2021-03-01' } }),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await recordEvents(page);
  });

  const banner = () => page.getByRole('region', { name: 'Your privacy choices' });
  const prefs = () => page.getByRole('dialog', { name: 'Privacy preferences' });
  const consentCookie = async () => (await context.cookies()).find((c) => c.name == 'consentry')?.value;

  it('shows the banner on a first visit, with the policy link and its revision as a date', async () => {
    await page.goto(site.url);
    await banner().waitFor();
    const link = banner().getByRole('link', { name: 'Privacy Policy, updated 25 September 2020' });
    expect(await link.getAttribute('href')).toBe('/privacy.html');
    for (const name of ['Accept all', 'Reject all', 'Customize']) await banner().getByRole('button', { name }).waitFor();
    expect(await page.getByRole('switch').count()).toBe(0);
    await context.close();
  });

  it('gives the three first-layer buttons the same size and style', async () => {
    await page.goto(site.url);
    await banner().waitFor();
    const looks = await banner()
      .getByRole('button')
      .evaluateAll((els) =>
        els.map((el) => {
          const s = getComputedStyle(el);
          return [el.getBoundingClientRect().height, s.backgroundColor, s.color, s.fontWeight, s.borderRadius].join(' ');
        }),
      );
    expect(looks).toHaveLength(3);
    expect(new Set(looks).size).toBe(1);
    await context.close();
  });

  it('accepts all with the keyboard alone, within a few Tab presses', async () => {
    await page.goto(site.url);
    await banner().waitFor();
    expect(await tabTo(page, 'Accept all')).toBeLessThanOrEqual(3);
    await page.keyboard.press('Enter');
    await banner().waitFor({ state: 'detached' });
    expect(await consentCookie()).toMatch(/^3\./);
    expect(await events(page)).toEqual(['consent accept-all', 'change accept-all']);
    await page.reload();
    const s = await state(page);
    expect([s.given, s.method, s.categories]).toEqual([true, 'accept-all', { necessary: true, preferences: true, analytics: true, advertising: true }]);
    await context.close();
  });

  it('rejects all with the keyboard alone', async () => {
    await page.goto(site.url);
    await banner().waitFor();
    expect(await tabTo(page, 'Reject all')).toBeLessThanOrEqual(4);
    await page.keyboard.press('Enter');
    await banner().waitFor({ state: 'detached' });
    // Rejecting changes nothing in the state (nothing was allowed), so only consent fires.
    expect(await events(page)).toEqual(['consent reject-all']);
    await page.reload();
    const s = await state(page);
    expect([s.given, s.method, s.categories]).toEqual([true, 'reject-all', { necessary: true, preferences: false, analytics: false, advertising: false }]);
    await context.close();
  });

  it('opens the preferences, switches one category, saves, and reopens them with the keyboard', async () => {
    await page.goto(site.url);
    await banner().waitFor();
    await tabTo(page, 'Customize');
    await page.keyboard.press('Enter');
    await prefs().waitFor();
    expect(await prefs().getAttribute('aria-modal')).toBe('true');
    // Nothing is pre-ticked; necessary is always on and has no switch.
    const switches = prefs().getByRole('switch');
    expect(await switches.evaluateAll((els) => els.map((e) => e.getAttribute('aria-checked')))).toEqual(['false', 'false', 'false', 'false', 'false']);
    expect(await prefs().getByText('Always on').count()).toBe(1);
    // Partners with their purpose, cookies and policy sections.
    await prefs().getByText('Counts visits and faults.').waitFor();
    await prefs().getByText('_ica_id').waitFor();
    await prefs().getByText('lifetime 13 months').first().waitFor();
    expect(await prefs().getByRole('link', { name: 'Policy section: Analytics' }).getAttribute('href')).toBe('/privacy.html#analytics');
    expect(await prefs().getByRole('link', { name: 'Policy section: Ad partner' }).getAttribute('href')).toBe('https://ads.example/privacy');

    await tabTo(page, 'Analytics');
    await page.keyboard.press('Space');
    expect(await prefs().getByRole('switch', { name: 'Analytics', exact: true }).getAttribute('aria-checked')).toBe('true');
    expect(await prefs().getByRole('switch', { name: 'Site analytics' }).getAttribute('aria-checked')).toBe('true');
    await tabTo(page, 'Save choices');
    await page.keyboard.press('Enter');
    await prefs().waitFor({ state: 'detached' });
    expect(await events(page)).toEqual(['consent custom', 'change custom']);
    let s = await state(page);
    expect([s.method, s.categories.analytics, s.categories.advertising, s.services['site-analytics']]).toEqual(['custom', true, false, true]);
    expect(await consentCookie()).toMatch(/^3\./);

    // Reopen from the page's settings control; the switches show the saved choice.
    await tabTo(page, 'Privacy settings');
    await page.keyboard.press('Enter');
    await prefs().waitFor();
    expect(await prefs().getByRole('switch', { name: 'Analytics', exact: true }).getAttribute('aria-checked')).toBe('true');
    expect(await prefs().getByRole('switch', { name: 'Advertising' }).getAttribute('aria-checked')).toBe('false');
    // Withdraw one partner only, keep its category.
    await tabTo(page, 'Site analytics');
    await page.keyboard.press('Space');
    await tabTo(page, 'Save choices');
    await page.keyboard.press('Enter');
    await prefs().waitFor({ state: 'detached' });
    await page.reload();
    s = await state(page);
    expect([s.categories.analytics, s.services['site-analytics']]).toEqual([true, false]);
    await context.close();
  });

  it('traps focus in the preferences, closes on Escape without deciding, and returns focus', async () => {
    await page.goto(site.url);
    await page.evaluate(() => window.consentry!.rejectAll());
    await page.getByRole('button', { name: 'Privacy settings' }).focus();
    await page.keyboard.press('Enter');
    await prefs().waitFor();
    const seen = new Set<string | null>();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      seen.add(await focused(page));
    }
    expect(seen.has('Privacy settings')).toBe(false);
    expect(seen).toContain('Close');
    expect(seen).toContain('Reject all');
    const before = await page.evaluate(() => (window as unknown as { events: string[] }).events.length);
    await page.keyboard.press('Escape');
    await prefs().waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Privacy settings');
    expect((await events(page)).length).toBe(before);
    await context.close();
  });

  it('Escape in the preferences opened from the banner goes back to the banner', async () => {
    await page.goto(site.url);
    await banner().getByRole('button', { name: 'Customize' }).click();
    await prefs().waitFor();
    await page.keyboard.press('Escape');
    await banner().waitFor();
    expect(await focused(page)).toBe('Customize');
    expect((await state(page)).given).toBe(false);
    await context.close();
  });

  it('speaks Traditional Chinese under <html lang="zh-TW"> and Simplified under zh-CN', async () => {
    await page.goto(site.url + '/tw.html');
    const tw = page.getByRole('region', { name: '您的隱私選擇' });
    await tw.waitFor();
    await tw.getByRole('button', { name: '全部拒絕' }).waitFor();
    await tw.getByRole('link', { name: '隱私權政策（更新於 2020年9月25日）' }).waitFor();
    expect(await page.locator('consentry-ui .c').getAttribute('lang')).toBe('zh-Hant');
    await page.goto(site.url + '/cn.html');
    const cn = page.getByRole('region', { name: '您的隐私选择' });
    await cn.getByRole('button', { name: '全部拒绝' }).waitFor();
    await context.close();
  });

  it("makes no request for the UI on a returning visitor's page", async () => {
    await page.goto(site.url);
    await page.evaluate(() => window.consentry!.acceptAll());
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.reload();
    await page.waitForFunction(() => window.consentry?.get().given);
    await page.waitForLoadState('networkidle');
    expect(asked).toContain('/dist/consentry.js');
    expect(asked.filter((p) => p.includes('consentry-ui'))).toEqual([]);
    expect(await page.locator('consentry-ui').count()).toBe(0);
    await context.close();
  });

  it('asks again after a policy change, says so, and starts the preferences from the old choice', async () => {
    await page.goto(site.url);
    await page.evaluate(() => window.consentry!.set({ analytics: true }, 'custom'));
    await page.goto(site.url + '/new-policy.html');
    await banner().getByText('Our Privacy Policy has changed since you last chose.').waitFor();
    await banner().getByRole('link', { name: 'Privacy Policy, updated 1 March 2021' }).waitFor();
    await banner().getByRole('button', { name: 'Customize' }).click();
    expect(await prefs().getByRole('switch', { name: 'Analytics', exact: true }).getAttribute('aria-checked')).toBe('true');
    expect(await prefs().getByRole('switch', { name: 'Advertising' }).getAttribute('aria-checked')).toBe('false');
    await context.close();
  });
});
