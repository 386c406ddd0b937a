import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './browser';
import { start, type DemoServer } from '../../demo/server.mjs';

let server: DemoServer;
let url: string;

beforeAll(async () => {
  server = await start(0);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
});

/** The page at `path` as the server sends it. */
async function page(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(url + path, { headers });
  return { html: await res.text(), cookie: res.headers.get('set-cookie'), csp: res.headers.get('content-security-policy') };
}

/** The region the page writes into the config, or null when it writes none. */
const regionIn = (html: string) => {
  const scripts = [...html.matchAll(/<script[^>]*>window\.consentryConfig\.region = ("[^"]*");<\/script>/g)];
  expect(scripts.length).toBeLessThanOrEqual(1);
  return scripts.length ? JSON.parse(scripts[0][1]) : null;
};

/** The region switcher's links, with the one marked current. */
const switcher = (html: string) => {
  const nav = /<nav class="regions" aria-label="([^"]+)">([\s\S]*?)<\/nav>/.exec(html);
  expect(nav, 'the region switcher').not.toBeNull();
  const links = [...nav![2].matchAll(/<a href="\?region=([^"]+)"( aria-current="true")?>([^<]+)<\/a>/g)].map((m) => ({ region: m[1], current: !!m[2], text: m[3] }));
  return { label: nav![1], links, current: links.filter((l) => l.current).map((l) => l.region) };
};

describe('the demo server writes the visitor region into the page', () => {
  it('from ?region=, remembered in a session cookie for the next pages', async () => {
    const cn = await page('/?region=CN');
    expect(regionIn(cn.html)).toBe('CN');
    expect(cn.cookie).toBe('demo_region=CN; Path=/; SameSite=Lax; HttpOnly');
    expect(regionIn((await page('/?region=us-ca')).html)).toBe('US-CA');
    expect(regionIn((await page('/lessons.html', { cookie: 'demo_region=DE' })).html)).toBe('DE');
    expect((await page('/lessons.html', { cookie: 'demo_region=DE' })).cookie).toBeNull();
  });

  it('?region=none is "elsewhere": no region in the page, and the choice is kept over a location header', async () => {
    const none = await page('/?region=none', { 'cf-ipcountry': 'CN' });
    expect(regionIn(none.html)).toBeNull();
    expect(none.html).not.toContain('consentryConfig.region');
    expect(none.cookie).toBe('demo_region=none; Path=/; SameSite=Lax; HttpOnly');
    expect(regionIn((await page('/', { cookie: 'demo_region=none', 'cf-ipcountry': 'CN' })).html)).toBeNull();
  });

  it('the query comes before the cookie, the cookie before the CF-IPCountry header', async () => {
    expect(regionIn((await page('/?region=US-CA', { cookie: 'demo_region=DE', 'cf-ipcountry': 'CN' })).html)).toBe('US-CA');
    expect(regionIn((await page('/', { cookie: 'demo_region=DE', 'cf-ipcountry': 'CN' })).html)).toBe('DE');
    expect(regionIn((await page('/', { 'cf-ipcountry': 'CN' })).html)).toBe('CN');
    expect(regionIn((await page('/', { 'cf-ipcountry': 'US', 'cf-region-code': 'CA' })).html)).toBe('US-CA');
    // Cloudflare's "no country data" and Tor codes name no region.
    expect(regionIn((await page('/', { 'cf-ipcountry': 'XX' })).html)).toBeNull();
    expect(regionIn((await page('/', { 'cf-ipcountry': 'T1' })).html)).toBeNull();
    expect(regionIn((await page('/')).html)).toBeNull();
  });

  it('ignores a ?region= or cookie that is not a switcher choice, and never writes it as markup', async () => {
    const bad = await page(`/?region=${encodeURIComponent('"</script><img src=x>')}`, { cookie: 'demo_region=%3Cb%3E' });
    expect(regionIn(bad.html)).toBeNull();
    expect(bad.cookie).toBeNull();
    expect(bad.html).not.toContain('<img src=x>');
    expect(regionIn((await page('/?region=FR')).html)).toBeNull();
    // A location header with another country is honest: the config's rules decide (default).
    expect(regionIn((await page('/', { 'cf-ipcountry': 'FR' })).html)).toBe('FR');
    expect(regionIn((await page('/', { 'cf-ipcountry': '"><b>' })).html)).toBeNull();
  });

  it('writes it after the config and before the gate, on every page (also the TCF page)', async () => {
    for (const path of ['/', '/lessons.html', '/privacy.html', '/tcf.html']) {
      const { html } = await page(path + '?region=CN');
      const config = html.indexOf('src="/site/consentry-config.js"');
      const region = html.indexOf('window.consentryConfig.region = "CN"');
      const gate = html.search(/src="\/dist\/consentry(-tcf)?\.js"/);
      expect(config, path).toBeGreaterThan(0);
      expect(region, path).toBeGreaterThan(config);
      expect(gate, path).toBeGreaterThan(region);
    }
  });

  it('under ?csp=strict the region script carries the nonce of the policy', async () => {
    const { html, csp } = await page('/?csp=strict&region=DE');
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp!)![1];
    expect(html).toContain(`<script nonce="${nonce}">window.consentryConfig.region = "DE";</script>`);
    expect(html).not.toMatch(/<script>/);
  });
});

describe('the region switcher in the page header', () => {
  it.each([
    ['en', 'Region (demo)', ['China', 'Germany', 'California', 'Elsewhere']],
    ['zh-Hans', '地区（演示）', ['中国', '德国', '美国加州', '其他地区']],
    ['zh-Hant', '地區（示範）', ['中國', '德國', '美國加州', '其他地區']],
  ])('%s: four links, the active one marked with aria-current', async (lang, label, names) => {
    for (const [query, current] of [['&region=CN', 'CN'], ['&region=US-CA', 'US-CA'], ['&region=DE', 'DE'], ['&region=none', 'none'], ['', 'none']]) {
      const s = switcher((await page(`/?lang=${lang}${query}`)).html);
      expect(s.label).toBe(label);
      expect(s.links.map((l) => l.text)).toEqual(names);
      expect(s.links.map((l) => l.region)).toEqual(['CN', 'DE', 'US-CA', 'none']);
      expect(s.current, query).toEqual([current]);
    }
  });

  it('marks none when the header names a region the switcher does not offer', async () => {
    expect(switcher((await page('/', { 'cf-ipcountry': 'FR' })).html).current).toEqual([]);
  });
});

describe('the region in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let tab: Page;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    tab = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  const snapshot = () => tab.evaluate(() => window.consentry!.get());

  it.each([
    ['CN', 'CN', 'pipl'],
    ['US-CA', 'US-CA', 'us'],
    ['DE', 'DE', 'gdpr'],
    ['none', null, 'gdpr'],
  ])('?region=%s: consentry.get() has region %s and rule %s', async (query, region, rule) => {
    await tab.goto(`${url}/?region=${query}`);
    expect(await snapshot()).toMatchObject({ region, rule });
  });

  it('under a strict CSP the region script runs (its nonce), and the marketer panel shows region and rule', async () => {
    const violations: string[] = [];
    tab.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await tab.goto(`${url}/?csp=strict&region=CN`);
    expect(await snapshot()).toMatchObject({ region: 'CN', rule: 'pipl' });
    const panel = tab.locator('[data-demo-panel] [data-section="snapshot"]');
    await expect.poll(() => panel.innerText()).toContain('"region": "CN"');
    expect(await panel.innerText()).toContain('"rule": "pipl"');
    expect(await panel.innerText()).toContain('"minor": false');
    expect(await panel.innerText()).toContain('"separate": {}');
    expect(violations).toEqual([]);
  });

  it('the switcher keeps the region on the next pages, and a location header counts until it is used', async () => {
    await context.setExtraHTTPHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'CA' });
    await tab.goto(url + '/');
    expect(await snapshot()).toMatchObject({ region: 'US-CA', rule: 'us' });
    const regions = tab.getByRole('navigation', { name: 'Region (demo)' });
    expect(await regions.getByRole('link', { name: 'California' }).getAttribute('aria-current')).toBe('true');

    await regions.getByRole('link', { name: 'China' }).click();
    await tab.waitForURL(/region=CN/);
    expect(await snapshot()).toMatchObject({ region: 'CN', rule: 'pipl' });
    // The page's scripts cannot read the switcher's cookie.
    expect(await tab.evaluate(() => document.cookie)).not.toContain('demo_region');

    await tab.goto(url + '/lessons.html');
    expect(await snapshot()).toMatchObject({ region: 'CN', rule: 'pipl' });
    expect(await tab.getByRole('navigation', { name: 'Region (demo)' }).getByRole('link', { name: 'China' }).getAttribute('aria-current')).toBe('true');

    await tab.getByRole('navigation', { name: 'Region (demo)' }).getByRole('link', { name: 'Elsewhere' }).click();
    await tab.waitForURL(/region=none/);
    expect(await snapshot()).toMatchObject({ region: null, rule: 'gdpr' });
  });

  it('a decision made under the us rule is asked again in China and in Germany', async () => {
    await tab.goto(`${url}/?region=US-CA`);
    await tab.evaluate(() => window.consentry!.rejectAll());
    expect(await snapshot()).toMatchObject({ given: true, rule: 'us' });
    for (const region of ['CN', 'DE']) {
      await tab.goto(`${url}/?region=${region}`);
      expect(await snapshot(), region).toMatchObject({ given: false, region });
    }
  });
});
