import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { launch } from './browser';
import { start, type DemoServer } from '../../demo/server.mjs';
import { renderPolicy } from '../../demo/policy.mjs';

interface DemoWindow {
  demoLog: { partners: { service: string }[]; events: { name: string }[] };
  dataLayer: unknown[];
}

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const ALL_TAGS = ['ad-partner', 'google-analytics', 'language-memory', 'lesson-video', 'site-analytics'];

describe('the demo site (npm run demo) in Chromium', () => {
  let browser: Browser;
  let server: DemoServer;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  /** Requests that tried to leave the machine. */
  let outside: string[];
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
    server.collected.length = 0;
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    outside = [];
    pageErrors = [];
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterEach(async () => {
    await context?.close();
  });

  const ran = () => page.evaluate(() => [...new Set((window as unknown as DemoWindow).demoLog.partners.map((p) => p.service))].sort());
  const cookieNames = async () => (await context.cookies()).map((c) => c.name).sort();
  /** A section of the marketer panel, by the first word of its title. */
  const panelText = (section: string) => page.locator(`[data-demo-panel] [data-section="${section.toLowerCase()}"]`).innerText();

  it('walks a first visit through the real banner: zh-Hans, accept, settings link, withdraw, policy section', async () => {
    await page.goto(`${url}/?lang=zh-Hans`);
    const ui = page.locator('consentry-ui');

    // The banner appears by itself, in the page's language, and nothing non-essential ran.
    const banner = ui.getByRole('region', { name: '您的隐私选择' });
    await banner.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('h1').innerText()).toBe('每天一点点，开口说新语言');
    expect(await ran()).toEqual([]);
    expect(await page.locator('iframe.video').getAttribute('src')).toBeNull();
    expect(await page.locator('[data-ad-slot]').innerText()).toContain('暂无广告');
    expect(await cookieNames()).toEqual([]);
    expect(await panelText('Snapshot')).toContain('"given": false');
    expect(await panelText('dataLayer')).toContain('gtag("consent","default",{"ad_storage":"denied"');
    expect(await panelText('Partner')).toContain('(0 of 5 ran)');

    await banner.getByRole('button', { name: '全部接受' }).click();

    // Every stand-in tag runs at once, without a reload.
    await page.waitForFunction((n) => new Set((window as unknown as DemoWindow).demoLog.partners.map((p) => p.service)).size == n, ALL_TAGS.length);
    expect(await ran()).toEqual(ALL_TAGS);
    await banner.waitFor({ state: 'detached' });
    await expect.poll(async () => (await cookieNames()).map((n) => n.replace(/^_ica_s_.*/, '_ica_s_*'))).toEqual(
      ['_adp', '_ga', '_ica_id', '_ica_s_*', '_icv_q', 'consentry', 'ica_lang'],
    );
    expect(await page.locator('iframe.video').getAttribute('src')).toBe('/partners/video.html');
    expect(await page.locator('[data-ad-slot]').innerText()).toContain('iCanspk Plus');
    await expect.poll(() => server.collected.map((v) => [v.page, v.lang])).toEqual([['/', 'zh-Hans']]);

    // The marketer panel shows the decision, the events, the Consent Mode update and the cookies.
    await expect.poll(() => panelText('Partner')).toContain('(5 of 5 ran)');
    const events = await panelText('Events');
    expect(events).toMatch(/consentry:consent given \(accept-all\); allowed: necessary, preferences, analytics, advertising/);
    expect(events).toContain('consentry:change');
    const dataLayer = await panelText('dataLayer');
    expect(dataLayer).toContain('gtag("consent","update",{"ad_storage":"granted"');
    expect(dataLayer).toContain('event: consentry_consent');
    expect(await panelText('Snapshot')).toContain('"given": true');
    await expect.poll(() => panelText('Cookies')).toMatch(/_adp\s+adp\.[\s\S]*_ica_id/);

    // The header's settings link reopens the preferences; each category links to its policy section.
    await page.getByRole('navigation', { name: '网站' }).getByRole('link', { name: 'Cookie 设置' }).click();
    const prefs = ui.getByRole('dialog', { name: '隐私偏好设置' });
    await prefs.waitFor();
    expect(page.url()).toBe(`${url}/?lang=zh-Hans`);
    const sectionLink = (name: string) => prefs.getByRole('link', { name: `政策相关章节：${name}` });
    expect(await sectionLink('必要').getAttribute('href')).toBe('/privacy.html#how-we-use-cookies');
    expect(await sectionLink('统计分析').first().getAttribute('href')).toBe('/privacy.html#how-we-use-information');
    expect(await sectionLink('广告').first().getAttribute('href')).toBe('/privacy.html#advertising');
    // The site's own texts for categories and services, in Chinese.
    expect(await prefs.innerText()).toContain('记住您的语言和位置设置，并播放嵌入的课程视频。');
    expect(await prefs.innerText()).toContain('广告合作伙伴');

    // Withdrawing advertising deletes its cookie and is announced.
    await prefs.getByRole('switch', { name: '广告', exact: true }).click();
    await prefs.getByRole('button', { name: '保存设置' }).click();
    await prefs.waitFor({ state: 'detached' });
    await expect.poll(cookieNames).not.toContain('_adp');
    expect(await page.evaluate(() => window.consentry!.get())).toMatchObject({ method: 'custom', categories: { advertising: false, analytics: true } });
    await expect.poll(() => panelText('Events')).toMatch(/consentry:change given \(custom\); allowed: necessary, preferences, analytics$/m);

    // The policy link of a category lands on its section.
    await page.getByRole('navigation', { name: '网站' }).getByRole('link', { name: 'Cookie 设置' }).click();
    await sectionLink('广告').first().click();
    await page.waitForURL(`${url}/privacy.html#advertising`);
    expect(await page.locator(':target').innerText()).toContain('Advertising');

    // The next page keeps the language (the ica_lang cookie, set with preferences consent) and the choice.
    await page.goto(`${url}/lessons.html`);
    await page.waitForFunction(() => (window as unknown as DemoWindow).demoLog.partners.some((p) => p.service == 'site-analytics'));
    expect(await page.locator('h1').innerText()).toBe('课程');
    expect(await ran()).not.toContain('ad-partner');
    expect(await ui.count()).toBe(0);
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('rejecting in the banner runs no stand-in tag and sets no partner cookie', async () => {
    await page.goto(url);
    await page.locator('consentry-ui').getByRole('button', { name: 'Reject all' }).click();
    await page.waitForFunction(() => (window as unknown as DemoWindow).demoLog.events.some((e) => e.name == 'consentry:consent'));
    await page.reload();
    await page.waitForFunction(() => (window as unknown as DemoWindow).demoLog.events.some((e) => e.name == 'consentry:ready'));
    // A sentinel after every partner tag: an always-allowed inert tag at the end of the page. The gate releases
    // in document order, each external script once the one before it loaded, so a partner tag it had let through
    // would have run first. The sentinel reports to /collect as the analytics tag would, and is waited for there.
    await page.route('**/sentinel.js', (r) =>
      r.fulfill({ contentType: 'text/javascript', body: "fetch('/collect', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{\"sentinel\":true}' });" }),
    );
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.dataset.consent = 'necessary';
      s.src = '/sentinel.js';
      document.body.append(s);
    });
    await expect.poll(() => server.collected).toContainEqual({ sentinel: true });
    expect(await ran()).toEqual([]);
    expect(await cookieNames()).toEqual(['consentry']);
    expect(server.collected).toEqual([{ sentinel: true }]);
    expect(await page.evaluate(() => window.consentry!.get())).toMatchObject({ given: true, method: 'reject-all', categories: { necessary: true, analytics: false, advertising: false } });
    expect(await panelText('Partner')).toMatch(/site-analytics \(analytics\): waiting for consent/);
    expect(await page.locator('iframe.video').getAttribute('src')).toBeNull();
  });

  it('serves the policy with the section anchors the config links to', async () => {
    await page.goto(`${url}/privacy.html`);
    const anchors = await page.evaluate(() => {
      const { categories, services } = window.consentry!.config;
      return [...Object.values(categories), ...Object.values(services)].map((c) => c.policyAnchor!);
    });
    expect(new Set(anchors)).toEqual(new Set(['#how-we-use-cookies', '#how-we-use-information', '#advertising']));
    for (const anchor of anchors) {
      expect(await page.locator(`article.policy ${anchor}`).count(), anchor).toBe(1);
    }
    expect(await page.locator('#how-we-use-information').innerText()).toContain('How we use the collected information');
    expect(await page.locator('#advertising + p').innerText()).toContain('more relevant advertisements');
    expect(await page.locator('#information-we-collect').count()).toBe(1);
    expect(await page.locator('a[href="mailto:nic@icanspk.com"]').count()).toBe(1);
  });

  it('renders policy text as text: markup in the file stays visible, never parsed', async () => {
    const policy = renderPolicy('Policy\n\nUpdate (Date: 1 May 2020)\n\nHow we use cookies and related technologies\n\n<img src=x onerror=alert(1)> & "quotes".\n\n  • <b>bold?</b>\n');
    expect(policy.sections).toEqual([{ id: 'how-we-use-cookies', title: 'How we use cookies and related technologies', level: 2 }]);
    expect(policy.html).not.toMatch(/<img|<b>/);
    await page.setContent(`<main>${policy.html}</main>`);
    expect(await page.locator('main p').innerText()).toBe('<img src=x onerror=alert(1)> & "quotes".');
    expect(await page.locator('main li').innerText()).toBe('<b>bold?</b>');
    expect(await page.locator('img, b').count()).toBe(0);
  });

  it('takes the demo switches from the query string, and never as markup', async () => {
    await page.goto(`${url}/?mode=opt-out&gpc=1&theme=dark&layout=box&revision=new`);
    await page.waitForFunction(() => (window as unknown as DemoWindow).demoLog.partners.some((p) => p.service == 'site-analytics'));
    const { config, snapshot } = await page.evaluate(() => ({ config: window.consentry!.config, snapshot: window.consentry!.get() }));
    expect(config.mode).toBe('opt-out');
    expect(config.ui).toMatchObject({ theme: 'dark', layout: 'box' });
    expect(config.policy.revision).toBe('2021-03-01');
    expect(snapshot).toMatchObject({ gpc: true, given: false, categories: { analytics: true, advertising: false } });
    // Opt-out mode runs analytics at once; advertising (sale) still waits, and the Do Not Sell link offers to refuse it.
    expect(await ran()).not.toContain('ad-partner');
    await page.getByRole('button', { name: 'Do Not Sell or Share My Personal Information', exact: true }).click();
    await page.locator('consentry-ui [data-action=doNotSell]').waitFor();
    // The switches survive navigation.
    expect(await page.getByRole('link', { name: 'Lessons', exact: true }).getAttribute('href')).toContain('mode=opt-out');

    await page.goto(`${url}/?layout=dialog`);
    await page.locator('consentry-ui').getByRole('dialog', { name: 'Your privacy choices' }).waitFor();

    await page.goto(`${url}/?lang=%22%3E%3Cimg%20src%3Dx%3E&layout=%3Cb%3E`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => window.consentry!.config.ui.layout)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
  });

  it('a simulated GPC signal keeps advertising off, and a new policy revision asks again', async () => {
    await page.goto(`${url}/?gpc=1`);
    const banner = page.locator('consentry-ui').getByRole('region', { name: 'Your privacy choices' });
    expect(await banner.innerText()).toContain('Your browser sent a Global Privacy Control signal');
    await banner.getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => (window as unknown as DemoWindow).demoLog.partners.some((p) => p.service == 'site-analytics'));
    expect(await page.evaluate(() => window.consentry!.get())).toMatchObject({ gpc: true, categories: { analytics: true, advertising: false } });
    expect(await ran()).not.toContain('ad-partner');
    expect(await cookieNames()).not.toContain('_adp');

    await page.goto(`${url}/?revision=new`);
    await page.waitForFunction(() => (window as unknown as DemoWindow).demoLog.events.some((e) => e.name == 'consentry:ready'));
    expect(await page.evaluate(() => window.consentry!.get())).toMatchObject({ given: false, revision: '2021-03-01', previous: { categories: { analytics: true } } });
    expect(await ran()).toEqual([]);
    expect(await page.locator('consentry-ui').getByRole('region').innerText()).toContain('Our Privacy Policy has changed since you last chose');
  });

  it('works under a strict Content-Security-Policy with a nonce (?csp=strict)', async () => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(`${url}/?csp=strict`);
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'nonce-[^']+'/);
    await page.locator('consentry-ui').getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction((n) => new Set((window as unknown as DemoWindow).demoLog.partners.map((p) => p.service)).size == n, ALL_TAGS.length);
    expect(await ran()).toEqual(ALL_TAGS);
    expect(violations).toEqual([]);
  });

  it('the panel collapses and opens again', async () => {
    await page.goto(url);
    const toggle = page.locator('.demo-panel-toggle');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#demo-panel-body').isHidden()).toBe(true);
    await page.reload();
    expect(await page.locator('.demo-panel-toggle').getAttribute('aria-expanded')).toBe('false');
    await page.locator('.demo-panel-toggle').click();
    expect(await page.locator('#demo-panel-body').isVisible()).toBe(true);
  });

  it("the site's own colours give text at least the WCAG AA contrast on every page (axe-core)", async () => {
    for (const path of ['/', '/lessons.html', '/privacy.html#advertising', '/?lang=zh-Hant']) {
      await page.goto(url + path);
      await page.addScriptTag({ content: AXE });
      // Consentry's own UI is checked in ui-a11y.test.ts; here only the demo's styles.
      const failing = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(c: object, o: object): Promise<{ violations: Array<{ nodes: Array<{ html: string }> }> }> } }).axe;
        const { violations } = await axe.run({ exclude: [['consentry-ui']] }, { runOnly: { type: 'rule', values: ['color-contrast'] } });
        return violations.flatMap((v) => v.nodes.map((n) => n.html));
      });
      expect(failing, path).toEqual([]);
    }
  });
});
