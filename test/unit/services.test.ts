import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../src/engine/config-check';
import { findCookie, findService, matchCookie, matchHost, services, toServiceConfig } from '../../src/services';
import { cookiePattern, splitHost, underPath } from '../../src/services/match';
import type { CatalogueEntry } from '../../src/services';

const entries = Object.values(services);
const UNITS = ['minutes', 'hours', 'days', 'months', 'years'];
const HTTPS = /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i;
const EMAIL = /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/i;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
const CJK = /[\u4e00-\u9fff]/;

/** A URL under each of the entry's hosts: the host itself, under its path prefix. */
const sampleUrl = (host: string, sub = '') => {
  const [name, path] = splitHost(host);
  return `https://${sub}${name}${path ? (path.endsWith('/') ? path : path + '/') : '/'}asset.js`;
};
const related = (a: string, b: string) => a == b || a.endsWith('.' + b) || b.endsWith('.' + a);

describe('the partner catalogue: entries', () => {
  it('has at least 40 entries, keyed by their ids, ids unique and kebab-case', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    for (const [key, e] of Object.entries(services)) {
      expect(e.id).toBe(key);
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s has every field, well formed', (_, e: CatalogueEntry) => {
    expect(Object.keys(e).sort()).toEqual(['category', 'cookies', 'country', 'hosts', 'id', 'policyUrl', 'purpose', 'recipient', 'sources'].sort());
    expect(['necessary', 'preferences', 'analytics', 'advertising']).toContain(e.category);
    expect(e.hosts.length).toBeGreaterThan(0);
    expect(e.recipient.name.trim()).not.toBe('');
    expect(HTTPS.test(e.recipient.contact) || EMAIL.test(e.recipient.contact)).toBe(true);
    expect(e.country).toMatch(/^[A-Z]{2}$/);
    expect(e.policyUrl).toMatch(HTTPS);
    expect(Object.keys(e.purpose).sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    expect(e.purpose.en.trim().length).toBeGreaterThan(10);
    expect(e.purpose.en).not.toMatch(CJK);
    expect(e.purpose['zh-Hans']).toMatch(CJK);
    expect(e.purpose['zh-Hant']).toMatch(CJK);
    expect(e.purpose['zh-Hans']).not.toBe(e.purpose['zh-Hant']);
    expect(e.sources.length).toBeGreaterThan(0);
    for (const s of e.sources) expect(s).toMatch(HTTPS);
    expect(new Set(e.sources).size).toBe(e.sources.length);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s lists cookies with one lifetime unit each', (_, e: CatalogueEntry) => {
    expect(new Set(e.cookies.map((c) => c.name)).size).toBe(e.cookies.length);
    for (const c of e.cookies) {
      expect(c.name.trim()).toBe(c.name);
      expect(c.name).not.toBe('');
      if (c.lifetime !== 'session') {
        const units = Object.entries(c.lifetime);
        expect(units).toHaveLength(1);
        const [unit, count] = units[0];
        expect(UNITS).toContain(unit);
        expect(Number.isInteger(count) && count! > 0).toBe(true);
      }
    }
  });
});

describe('the partner catalogue: hosts', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s: each host is a host name, with an optional path prefix, that matches its own URLs', (_, e: CatalogueEntry) => {
    for (const h of e.hosts) {
      const [name, path] = splitHost(h);
      expect(name).toMatch(HOST);
      expect(h).toBe(h.trim());
      if (path) expect(path).toMatch(/^\/[\w.~-]+(\/[\w.~-]+)*\/?$/);
      expect(new URL(sampleUrl(h)).hostname).toBe(name);
      expect(matchHost(e, sampleUrl(h))).toBe(true);
      expect(matchHost(e, sampleUrl(h, 'cdn-1.'))).toBe(true);
      expect(matchHost(e, `https://not${name}/asset.js`)).toBe(false);
      if (path) expect(matchHost(e, `https://${name}/elsewhere/asset.js`)).toBe(false);
    }
  });

  it('no two entries claim the same host: a shared host is told apart by path prefixes that do not overlap', () => {
    const clashes: string[] = [];
    for (const a of entries)
      for (const b of entries) {
        if (a.id >= b.id) continue;
        for (const ha of a.hosts)
          for (const hb of b.hosts) {
            const [na, pa] = splitHost(ha);
            const [nb, pb] = splitHost(hb);
            if (!related(na, nb)) continue;
            if (!pa || !pb || underPath(pa, pb) || underPath(pb, pa) || underPath(pa + '/', pb) || underPath(pb + '/', pa)) clashes.push(`${a.id} ${ha} ↔ ${b.id} ${hb}`);
          }
      }
    expect(clashes).toEqual([]);
  });

  it('path prefixes match whole segments', () => {
    expect(underPath('/recaptcha/api.js', '/recaptcha')).toBe(true);
    expect(underPath('/recaptcha', '/recaptcha')).toBe(true);
    expect(underPath('/recaptchas/x', '/recaptcha')).toBe(false);
    expect(underPath('/embed/track/1', '/embed/')).toBe(true);
    expect(underPath('/embed', '/embed/')).toBe(false);
  });
});

describe('the partner catalogue: cookies', () => {
  it('every pattern compiles and matches its example, and only patterns carry examples', () => {
    for (const e of entries)
      for (const c of e.cookies) {
        const re = cookiePattern(c.name);
        if (re) {
          expect(c.example, `${e.id} ${c.name}`).toBeTruthy();
          expect(re.test(c.example!), `${e.id} ${c.name} ~ ${c.example}`).toBe(true);
          expect(findCookie(c.example!)?.id, c.example).toBe(e.id);
        } else {
          expect(c.example, `${e.id} ${c.name}`).toBeUndefined();
          expect(findCookie(c.name)?.id, c.name).toBe(e.id);
        }
      }
  });

  it('no cookie name or example belongs to two entries', () => {
    for (const a of entries)
      for (const c of a.cookies)
        for (const b of entries) if (b !== a) expect(matchCookie(b, c.example ?? c.name), `${a.id} ${c.name} also in ${b.id}`).toBe(false);
  });

  it('findCookie tells real cookie names apart', () => {
    expect(findCookie('_ga')?.id).toBe('google-analytics');
    expect(findCookie('_ga_Z1Y2X3W4V5')?.id).toBe('google-analytics');
    expect(findCookie('_gat')).toBeUndefined();
    expect(findCookie('_fbp')?.id).toBe('meta-pixel');
    expect(findCookie('_clck')?.id).toBe('microsoft-clarity');
    expect(findCookie('Hm_lvt_0123456789abcdef0123456789abcdef')?.id).toBe('baidu-tongji');
    expect(findCookie('Hm_lpvt_0123456789abcdef0123456789abcdef')?.id).toBe('baidu-tongji');
    expect(findCookie('Hm_lvt_short')).toBeUndefined();
    expect(findCookie('_hjSessionUser_3195012')?.id).toBe('hotjar');
    expect(findCookie('_hjSession_3195012')?.id).toBe('hotjar');
    expect(findCookie('_pk_id.7.9c1f')?.id).toBe('matomo');
    expect(findCookie('_pk_idx')).toBeUndefined();
    expect(findCookie('intercom-session-q3a7z9')?.id).toBe('intercom');
    expect(findCookie('VISITOR_INFO1_LIVE')?.id).toBe('youtube');
    expect(findCookie('mp_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6_mixpanel')?.id).toBe('mixpanel');
    expect(findCookie('mp_optout')).toBeUndefined();
    expect(findCookie('consentry')).toBeUndefined();
  });

  it('a session pattern does not swallow the user pattern beside it', () => {
    const hotjar = services.hotjar;
    const user = hotjar.cookies.find((c) => c.name.includes('SessionUser'))!;
    const session = hotjar.cookies.find((c) => c !== user && c.name.includes('Session'))!;
    expect(cookiePattern(session.name)!.test('_hjSessionUser_1')).toBe(false);
    expect(cookiePattern(user.name)!.test('_hjSession_1')).toBe(false);
  });
});

describe('findService', () => {
  it.each([
    ['https://www.googletagmanager.com/gtm.js?id=GTM-AB12CD', 'google-tag-manager'],
    ['https://www.googletagmanager.com/gtag/js?id=G-AB12CD', 'google-tag-manager'],
    ['https://region1.google-analytics.com/g/collect?v=2', 'google-analytics'],
    ['https://www.google.com/recaptcha/api.js?render=explicit', 'recaptcha'],
    ['https://www.gstatic.com/recaptcha/releases/abc/recaptcha__en.js', 'recaptcha'],
    ['https://www.google.com/maps/embed?pb=!1m18', 'google-maps'],
    ['https://maps.googleapis.com/maps/api/js?key=k', 'google-maps'],
    ['https://www.google.com/pagead/1p-conversion/123/', 'google-ads'],
    ['https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1/', 'google-ads'],
    ['https://connect.facebook.net/en_US/fbevents.js', 'meta-pixel'],
    ['https://www.facebook.com/tr?id=1&ev=PageView&noscript=1', 'meta-pixel'],
    ['https://www.clarity.ms/tag/abcdef1234', 'microsoft-clarity'],
    ['https://bat.bing.com/bat.js', 'microsoft-advertising'],
    ['https://snap.licdn.com/li.lms-analytics/insight.min.js', 'linkedin-insight'],
    ['https://analytics.tiktok.com/i18n/pixel/events.js', 'tiktok-pixel'],
    ['//static.hotjar.com/c/hotjar-123.js?sv=6', 'hotjar'],
    ['https://js.hs-scripts.com/123.js', 'hubspot'],
    ['https://widget.intercom.io/widget/abc', 'intercom'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube'],
    ['https://player.vimeo.com/video/76979871', 'vimeo'],
    ['https://open.spotify.com/embed/track/4cOdK2wGLETKBW3PvgPWqT', 'spotify'],
    ['https://challenges.cloudflare.com/turnstile/v0/api.js', 'cloudflare-turnstile'],
    ['https://js.stripe.com/v3/', 'stripe'],
    ['https://hm.baidu.com/hm.js?68df874fd78fd8f5cd345fd470a49b12', 'baidu-tongji'],
    ['https://s4.cnzz.com/z_stat.php?id=1278216955', 'cnzz'],
    ['https://res.wx.qq.com/open/js/jweixin-1.6.0.js', 'wechat-jssdk'],
    ['https://player.bilibili.com/player.html?bvid=BV1ZK4y1N74w', 'bilibili'],
    ['https://o.alicdn.com/captcha-frontend/aliyunCaptcha/AliyunCaptcha.js', 'aliyun-captcha'],
    ['https://www.redditstatic.com/ads/pixel.js', 'reddit-pixel'],
  ])('%s → %s', (url, id) => {
    expect(findService(url)?.id).toBe(id);
  });

  it.each([
    'https://www.google.com/search?q=consent',
    'https://www.facebook.com/translations/',
    'https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPWqT',
    'https://www.baidu.com/',
    'https://www.redditstatic.com/desktop2x/img/favicon.png',
    'https://o.alicdn.com/other/lib.js',
    'https://notgoogle-analytics.com/x.js',
    '/local/script.js',
    'data:text/javascript,1',
    'not a url',
  ])('%s belongs to no entry', (url) => {
    expect(findService(url)).toBeUndefined();
  });
});

describe('toServiceConfig', () => {
  it('keeps a path-prefixed host as its host name only when no other entry shares it', () => {
    expect(toServiceConfig(services['meta-pixel']).hosts).toEqual(['connect.facebook.net', 'www.facebook.com']);
    expect(toServiceConfig(services.recaptcha).hosts).toEqual(['www.gstatic.com', 'recaptcha.net']);
    expect(toServiceConfig(services['google-maps']).hosts).toEqual(['maps.googleapis.com', 'maps.gstatic.com']);
    expect(toServiceConfig(services.spotify).hosts).toEqual(['open.spotify.com']);
    expect(toServiceConfig(services['google-analytics']).hosts).toEqual(services['google-analytics'].hosts);
  });

  it('gives the category and the cookies with their lifetimes, nothing else', () => {
    const ga = toServiceConfig(services['google-analytics']);
    expect(ga).toEqual({ category: 'analytics', hosts: ['google-analytics.com', 'analytics.google.com'], cookies: [{ name: '_ga', lifetime: { years: 2 } }, { name: '/^_ga_/', lifetime: { years: 2 } }] });
    expect('policyAnchor' in ga).toBe(false);
  });

  it('every entry, picked into a config, passes Consentry’s own config check', () => {
    const config = {
      policy: { url: '/privacy', revision: '2020-09-25' },
      categories: { necessary: { required: true }, preferences: {}, analytics: {}, advertising: {} },
      services: Object.fromEntries(entries.map((e) => [e.id, toServiceConfig(e)])),
    };
    expect(checkConfig(config)).toEqual([]);
  });
});
