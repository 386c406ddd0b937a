import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fakePartners, gatePage, launch, serve, type Site } from './browser';
import { blockerConfig, htmlTagsBody, LISTED, ownFiles, partnerScripts, vendorsBody } from './blocker-fixtures';

const BLOCKER = '<script src="/dist/consentry-blocker.js"></script>';
const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

type Win = Window & { ran?: string[]; chatInserted?: boolean; sentinelRan?: string[] };

/** A host no service lists: requests to it are sentinels, made after the requests a test wants to rule out. */
const SENTINEL = 'https://sentinel.example/';

describe('automatic blocking in Chromium', () => {
  let browser: Browser;
  let site: Site;
  let context: BrowserContext;
  let page: Page;
  let partners: string[];

  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      ...ownFiles,
      '/sentinel.js': '(window.sentinelRan = window.sentinelRan || []).push(document.currentScript.src);',
      '/': gatePage(blockerConfig, vendorsBody, BLOCKER),
      '/html': gatePage(blockerConfig, htmlTagsBody, BLOCKER),
      '/csp': {
        headers: { 'content-security-policy': "script-src 'nonce-n0nce' 'strict-dynamic'; style-src 'nonce-n0nce'; object-src 'none'; base-uri 'none'" },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script nonce="n0nce">window.consentryConfig = ${JSON.stringify(blockerConfig)};</script>
<script nonce="n0nce" src="/dist/consentry.js"></script><script nonce="n0nce" src="/dist/consentry-blocker.js"></script></head><body>
<script nonce="n0nce">var v = document.createElement('iframe'); v.id = 'v1'; v.title = 'Video'; v.src = 'https://www.video.example/embed/csp'; document.body.append(v);
var t = document.createElement('script'); t.src = 'https://connect.fb.example/en_US/fbevents.js'; document.head.appendChild(t); window.after = true;</script>
</body></html>`,
      },
      '/early': gatePage(blockerConfig, '<p>early</p>', '<script src="https://connect.fb.example/html-tag.js"></script>' + BLOCKER),
      '/mismatch': gatePage(
        blockerConfig,
        `<script type="text/plain" data-consent="analytics" src="https://connect.fb.example/html-tag.js"></script>
<script type="text/plain" data-consent="analytics">(window.ran = window.ran || []).push('analytics-inline');</script>`,
        BLOCKER,
      ),
      '/off': gatePage({ ...blockerConfig, blocking: false }, vendorsBody, BLOCKER),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    partners = await fakePartners(context, partnerScripts);
    page = await context.newPage();
  });

  const listed = () => partners.filter((u) => LISTED.test(u));
  const ran = () => page.evaluate(() => (window as Win).ran || []);
  let sentinels = 0;
  /**
   * Makes a request of each kind (script, image, iframe) to the sentinel host and waits until all three
   * arrived: a request of the same kind that the page made before them has arrived by then too.
   */
  const sentinel = async () => {
    const base = `${SENTINEL}${++sentinels}/`;
    await page.evaluate((base) => {
      const s = document.createElement('script');
      s.nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || '';
      s.src = base + 's.js';
      s.dataset.sentinel = '';
      document.head.append(s);
      new Image().src = base + 'i.gif';
      const f = document.createElement('iframe');
      f.src = base + 'f.html';
      f.title = 'sentinel';
      f.dataset.sentinel = '';
      document.body.append(f);
    }, base);
    await expect.poll(() => ['s.js', 'i.gif', 'f.html'].every((k) => partners.includes(base + k))).toBe(true);
    await page.evaluate(() => document.querySelectorAll('[data-sentinel]').forEach((e) => e.remove()));
  };
  /**
   * Appends an inert external tag of the always-allowed category at the end of the page and waits until it ran:
   * the gate releases in order, so every tag it queued before ran (or was given up) by then.
   */
  const released = async () => {
    const src = `${site.url}/sentinel.js?${++sentinels}`;
    await page.evaluate((src) => {
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.dataset.consent = 'necessary';
      s.src = src;
      document.body.append(s);
    }, src);
    await page.waitForFunction((src) => (window as Win).sentinelRan?.includes(src), src);
  };
  /** Loads the page and waits until the chat widget was inserted after load, then for requests made after that. */
  const open = async (path = '/') => {
    await page.goto(site.url + path);
    await page.waitForFunction(() => (window as Win).chatInserted);
    await sentinel();
  };

  it('asks no partner host before consent, and the page runs its own scripts and unlisted hosts', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await open();
    expect(listed()).toEqual([]);
    expect(partners.filter((u) => !u.startsWith(SENTINEL))).toEqual(['https://cdn.unlisted.example/lib.js']);
    await page.waitForFunction(() => ['own', 'self-stats', 'unlisted'].every((n) => (window as Win).ran?.includes(n)));
    expect((await ran()).sort()).toEqual(['own', 'self-stats', 'unlisted']);
    expect(site.requests).toContain('/self-stats.js');
    expect(errors).toEqual([]);
    // The pixel bootstrap's queue still works: the page's own code is not broken.
    expect(await page.evaluate(() => (window as unknown as { fbq: { queue: unknown[] } }).fbq.queue.length)).toBe(2);
    // Script-created partner tags are kept, inert, in the gate's markup. Both snippets insert before the
    // first script of the page, so the pixel (inserted second) comes first in document order.
    expect(
      await page.evaluate(() => Array.from(document.querySelectorAll('[data-service]'), (s) => [s.tagName, s.getAttribute('data-service'), s.getAttribute('type'), s.hasAttribute('src')])),
    ).toEqual([
      ['SCRIPT', 'meta-pixel', 'text/plain', true],
      ['SCRIPT', 'tag-manager', 'text/plain', true],
      ['IFRAME', 'video', null, false],
      ['IFRAME', 'video', null, false],
      // appended to <body> while <main> was still being parsed
      ['IMG', 'meta-pixel', null, false],
      ['SCRIPT', 'chat', 'text/plain', true],
    ]);
  });

  it('after consent loads each vendor once, in order, without a reload', async () => {
    await open();
    await page.evaluate(() => window.consentry!.acceptAll());
    await page.waitForFunction(() => ['stats-b', 'fbevents', 'chat'].every((n) => (window as Win).ran?.includes(n)));
    // Images and iframes are logged a moment after their src is set.
    await expect.poll(() => listed().map((u) => u.replace(/\?.*/, '')).sort()).toEqual(
      [
        'https://connect.fb.example/en_US/fbevents.js',
        'https://stats.example/a.js',
        'https://stats.example/b.js',
        'https://widget.chat.example/frame.html',
        'https://widget.chat.example/loader.js',
        'https://www.fb.example/tr',
        'https://www.fb.example/tr',
        'https://www.tm.example/gtm.js',
        'https://www.video.example/embed/v1',
        'https://www.video.example/embed/v2',
      ].sort(),
    );
    await sentinel();
    // Once each.
    expect(listed().length).toBe(new Set(listed()).size);
    expect(listed()).toHaveLength(10);
    const order = await ran();
    const at = (n: string) => order.indexOf(n);
    expect(order.filter((n) => n == 'tm' || n.startsWith('stats'))).toEqual(['tm', 'stats-a', 'stats-a-onload', 'stats-b']);
    // The gate releases in document order (see the first test), each external script after the previous one ran.
    expect(at('fbevents')).toBeLessThan(at('tm'));
    expect(at('tm')).toBeLessThan(at('chat'));
    expect(partners.indexOf('https://connect.fb.example/en_US/fbevents.js')).toBeLessThan(partners.indexOf('https://www.tm.example/gtm.js?id=TM-1'));
    // The detached beacon and the inserted pixel image were both sent once consent was given.
    expect(listed().filter((u) => u.includes('/tr?')).sort()).toEqual(['https://www.fb.example/tr?id=1&ev=Init', 'https://www.fb.example/tr?id=1&ev=PageView']);
    expect(await page.locator('[data-consentry-placeholder]').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('v1')!).display)).not.toBe('none');
  });

  it('partner tags written in the HTML do not run or show before consent, and do once after', async () => {
    await page.goto(site.url + '/html');
    // The tag in the HTML would have run before the page's script after it; the gate releases in order.
    await page.waitForFunction(() => (window as unknown as { after?: boolean }).after);
    await released();
    expect(await ran()).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('script[src$="html-tag.js"]')!.getAttribute('type'))).toBe('text/plain');
    expect(await page.evaluate(() => ['html-frame', 'html-img'].map((id) => document.getElementById(id)!.hasAttribute('src')))).toEqual([false, false]);
    expect(await page.locator('[data-consentry-placeholder]').count()).toBe(1);
    await page.evaluate(() => window.consentry!.acceptAll());
    await page.waitForFunction(() => (window as Win).ran?.includes('fb-html-tag'));
    await page.waitForFunction(() => document.getElementById('html-frame')!.getAttribute('src'));
    await released();
    expect(await ran()).toEqual(['fb-html-tag']);
    expect(await page.evaluate(() => document.getElementById('html-img')!.getAttribute('src'))).toBe('https://www.fb.example/tr?id=1&ev=Html');
    console.info('requests to partners for tags in the HTML, before and after consent:', listed());
  });

  it("keeps a withdrawn service's later elements blocked, and lets allowed ones through", async () => {
    await open();
    await page.evaluate(() => window.consentry!.acceptAll());
    await page.waitForFunction(() => ['stats-b', 'fbevents'].every((n) => (window as Win).ran?.includes(n)));
    await page.evaluate(() => window.consentry!.set({ 'meta-pixel': false }));
    const before = listed().length;
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.src = 'https://connect.fb.example/en_US/fbevents.js?again';
      document.head.appendChild(s);
      const i = document.createElement('img');
      i.setAttribute('src', 'https://www.fb.example/tr?id=1&ev=Later');
      document.body.append(i);
      const f = document.createElement('iframe');
      f.src = 'https://www.fb.example/plugin';
      document.body.prepend(f);
      const a = document.createElement('script');
      a.src = 'https://connect.fb.example/en_US/fbevents.js?adjacent';
      a.type = 'text/javascript';
      document.body.insertAdjacentElement('beforeend', a);
      const t = document.createElement('script');
      t.src = 'https://stats.example/b.js?again';
      document.head.appendChild(t);
    });
    await page.waitForFunction(() => (window as Win).ran!.filter((n) => n == 'stats-b').length == 2);
    await sentinel();
    expect(listed().slice(before)).toEqual(['https://stats.example/b.js?again']);
    expect((await ran()).filter((n) => n == 'fbevents')).toHaveLength(1);
  });

  it("holds a tag the site marked for one category whose host belongs to a service of another, without stalling the tags after it", async () => {
    await page.goto(site.url + '/mismatch');
    await page.evaluate(() => window.consentry!.set({ analytics: true }));
    await page.waitForFunction(() => (window as Win).ran?.includes('analytics-inline'));
    await sentinel();
    expect(listed()).toEqual([]);
    expect(await ran()).toEqual(['analytics-inline']);
    await page.evaluate(() => window.consentry!.set({ advertising: true }));
    await page.waitForFunction(() => (window as Win).ran?.includes('fb-html-tag'));
    expect(await ran()).toEqual(['analytics-inline', 'fb-html-tag']);
  });

  it('never runs twice a partner script that ran before the blocker was loaded', async () => {
    await page.goto(site.url + '/early');
    await page.waitForFunction(() => window.consentry);
    expect(await ran()).toEqual(['fb-html-tag']);
    await page.evaluate(() => window.consentry!.acceptAll());
    await released();
    await sentinel();
    expect(await ran()).toEqual(['fb-html-tag']);
  });

  it('a returning visitor whose browser has not yet checked this config gets everything allowed once it has', async () => {
    await open();
    await page.evaluate(() => window.consentry!.acceptAll());
    await page.waitForFunction(() => (window as Win).ran?.includes('chat'));
    // Let the first view's requests (frames, images) all arrive before counting the second view's.
    await expect.poll(() => listed().length).toBe(10);
    await page.evaluate(() => localStorage.clear());
    partners.length = 0;
    await page.reload();
    await page.waitForFunction(() => ['stats-b', 'fbevents', 'chat'].every((n) => (window as Win).ran?.includes(n)));
    await page.waitForFunction(() => document.getElementById('v2')!.getAttribute('src'));
    expect(await page.locator('[data-consentry-placeholder]').count()).toBe(0);
    await sentinel();
    expect(listed().filter((u, i) => listed().indexOf(u) != i)).toEqual([]);
  });

  it('works under a strict nonce CSP: blocks, styles the placeholder, releases', async () => {
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    await page.goto(site.url + '/csp');
    await page.waitForFunction(() => (window as unknown as { after?: boolean }).after);
    await sentinel();
    expect(listed()).toEqual([]);
    const button = page.locator('[data-consentry-placeholder] button').last();
    expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(29, 78, 216)');
    await page.evaluate(() => window.consentry!.acceptAll());
    await page.waitForFunction(() => (window as Win).ran?.includes('fbevents'));
    await page.waitForFunction(() => document.getElementById('v1')!.getAttribute('src'));
    expect(violations).toEqual([]);
  });

  it('can be switched off with blocking: false', async () => {
    await open('/off');
    await page.waitForFunction(() => (window as Win).ran?.includes('tm'));
    expect(listed()).toContain('https://www.tm.example/gtm.js?id=TM-1');
    expect(await page.locator('[data-consentry-placeholder]').count()).toBe(0);
  });

  describe('placeholders', () => {
    const activeText = () =>
      page.evaluate(() => {
        const host = document.activeElement;
        return host?.shadowRoot?.activeElement?.textContent ?? host?.tagName;
      });

    it('stands in for a blocked iframe at its size, with the service, what it means and the policy link', async () => {
      await open();
      const ph = page.locator('[data-consentry-placeholder]').first();
      expect(await page.locator('[data-consentry-placeholder]').count()).toBe(2);
      const box = (await ph.boundingBox())!;
      // 560x315 plus the iframe's default 2px inset border on each side.
      expect([Math.round(box.width), Math.round(box.height)]).toEqual([564, 319]);
      const text = await ph.evaluate((h) => h.shadowRoot!.textContent);
      expect(text).toContain('VidTube');
      expect(text).toContain('This content comes from VidTube, a partner of this site');
      expect(text).toContain('Cookies: VISITOR_INFO, yt_');
      expect(await ph.evaluate((h) => h.shadowRoot!.querySelector('a')!.getAttribute('href'))).toBe('/privacy.html#embeds');
      expect(await ph.evaluate((h) => h.shadowRoot!.querySelector('[role=group]')!.getAttribute('aria-labelledby'))).toBe('t');
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('v1')!).display)).toBe('none');
    });

    it('"Load this once" by keyboard loads that embed only and stores nothing; "Always allow" releases the rest', async () => {
      await open();
      await page.focus('h1').catch(() => undefined);
      const seen: string[] = [];
      for (let i = 0; i < 8 && !seen.includes('Load this once'); i++) {
        await page.keyboard.press('Tab');
        seen.push(String(await activeText()));
      }
      expect(seen).toContain('Privacy policy');
      expect(seen.at(-1)).toBe('Load this once');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('v1')!.getAttribute('src'));
      expect(await page.evaluate(() => document.activeElement!.id)).toBe('v1');
      // The request is logged a moment after the src is set.
      await expect.poll(listed).toEqual(['https://www.video.example/embed/v1']);
      expect(await page.evaluate(() => window.consentry!.get().given)).toBe(false);
      expect((await context.cookies()).map((c) => c.name)).not.toContain('consentry');
      expect(await page.locator('[data-consentry-placeholder]').count()).toBe(1);

      // The second embed's placeholder: Tab to "Always allow VidTube", press Space.
      await page.locator('[data-consentry-placeholder]').evaluate((h) => (h.shadowRoot!.querySelector('button') as HTMLElement).focus());
      await page.keyboard.press('Tab');
      expect(await activeText()).toBe('Always allow VidTube');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.getElementById('v2')!.getAttribute('src'));
      expect(await page.evaluate(() => document.activeElement!.id)).toBe('v2');
      expect(await page.locator('[data-consentry-placeholder]').count()).toBe(0);
      expect(await page.evaluate(() => window.consentry!.get())).toMatchObject({ given: true, method: 'custom', services: { video: true, chat: false } });
      await expect.poll(listed).toEqual(['https://www.video.example/embed/v1', 'https://www.video.example/embed/v2']);
      await sentinel();
      expect(listed()).toEqual(['https://www.video.example/embed/v1', 'https://www.video.example/embed/v2']);
    });

    it('covers embeds added later (single-page apps)', async () => {
      await open();
      await page.evaluate(() => {
        const f = document.createElement('iframe');
        f.setAttribute('src', 'https://www.video.example/embed/later');
        f.width = '400';
        f.height = '200';
        f.title = 'Later video';
        document.querySelector('main')!.append(f);
      });
      await page.waitForFunction(() => document.querySelectorAll('[data-consentry-placeholder]').length == 3);
      const box = (await page.locator('[data-consentry-placeholder]').nth(2).boundingBox())!;
      expect([Math.round(box.width), Math.round(box.height)]).toEqual([404, 204]);
      expect(listed()).toEqual([]);
      // By keyboard: the consent banner (fixed at the bottom) may cover the new embed for a mouse.
      await page.locator('[data-consentry-placeholder]').nth(2).locator('button', { hasText: 'Always allow' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('[data-consentry-placeholder]'));
      await expect.poll(() => listed().sort()).toEqual(['https://www.video.example/embed/later', 'https://www.video.example/embed/v1', 'https://www.video.example/embed/v2']);
      await sentinel();
      expect(listed()).toHaveLength(3);
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe-core (${scheme})`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        await open();
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(() =>
          (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[]; passes: { id: string }[] }> } }).axe.run(
            { include: [['[data-consentry-placeholder]']] },
            { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          ),
        );
        expect(result.violations.map((v) => v.id)).toEqual([]);
        expect(result.passes.map((p) => p.id)).toContain('color-contrast');
        expect(result.passes.map((p) => p.id)).toContain('button-name');
      });
    }

    for (const [lang, once, always] of [
      ['zh-Hant', '僅載入這一次', '一律允許 VidTube'],
      ['zh-TW', '僅載入這一次', '一律允許 VidTube'],
      ['zh-CN', '仅加载这一次', '始终允许 VidTube'],
    ]) {
      it(`speaks the page's language (${lang})`, async () => {
        site.page('/' + lang, gatePage(blockerConfig, vendorsBody, BLOCKER).replace('lang="en"', `lang="${lang}"`));
        await open('/' + lang);
        const buttons = await page.locator('[data-consentry-placeholder]').first().evaluate((h) => Array.from(h.shadowRoot!.querySelectorAll('button'), (b) => b.textContent));
        expect(buttons).toEqual([once, always]);
      });
    }
  });
});
