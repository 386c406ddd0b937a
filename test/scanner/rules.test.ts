import { describe, expect, it } from 'vitest';
import { siteOf } from '../../scanner/hosts.js';
import { cookieCovers, hostCovers, serviceByUrl } from '../../scanner/match.js';
import { lifetimeOf, suggestConfig, UNKNOWN } from '../../scanner/suggest.js';
import { violations } from '../../scanner/verdicts.js';
import type { PageResult, SeenCookie, SeenRequest, Step } from '../../scanner/scan';

const step = (requests: SeenRequest[] = [], cookies: SeenCookie[] = []): Step => ({ cookies, storage: [], requests, choice: null, consentryErrors: [], settled: true });
const request = (url: string, initiator = 'https://www.shop.example/'): SeenRequest => ({ url, host: new URL(url).hostname, type: 'script', initiator });
const page = (before: Step, consentry: PageResult['consentry'] = null): PageResult => ({
  url: 'https://www.shop.example/',
  host: 'www.shop.example',
  consentry,
  steps: { before, reject: step(), accept: step() },
});

describe('host and cookie matching', () => {
  it('groups hosts by their registrable part', () => {
    expect(siteOf('px.ads.example.com')).toBe('example.com');
    expect(siteOf('px.ads.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('cdn.example.com.cn')).toBe('example.com.cn');
    expect(siteOf('localhost')).toBe('localhost');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
  });

  it('covers subdomains, not look-alikes, and honours a path prefix', () => {
    expect(hostCovers('facebook.com', 'https://www.facebook.com/tr')).toBe(true);
    expect(hostCovers('facebook.com', 'https://notfacebook.com/tr')).toBe(false);
    expect(hostCovers('www.google.com/recaptcha/', 'https://www.google.com/recaptcha/api.js')).toBe(true);
    expect(hostCovers('www.google.com/recaptcha/', 'https://www.google.com/search')).toBe(false);
    const services = { ads: { hosts: ['google.com'] }, captcha: { hosts: ['www.google.com/recaptcha/'] } };
    expect(serviceByUrl(services, 'https://www.google.com/recaptcha/api.js')).toBe('captcha');
    expect(serviceByUrl(services, 'https://www.google.com/pagead/1p')).toBe('ads');
  });

  it('reads cookie names and /regex/ patterns; a broken pattern covers nothing', () => {
    expect(cookieCovers('/^_ga_/', '_ga_ABC')).toBe(true);
    expect(cookieCovers({ name: '_ga' }, '_ga_ABC')).toBe(false);
    expect(cookieCovers('/(/', '(')).toBe(false);
  });

  it('writes a remaining lifetime as one unit', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(lifetimeOf('session', now)).toBe('session');
    expect(lifetimeOf('2026-01-01T05:10:00Z', now)).toEqual({ hours: 5 });
    expect(lifetimeOf('2026-01-15T00:00:00Z', now)).toEqual({ days: 14 });
    expect(lifetimeOf('2027-02-01T00:00:00Z', now)).toEqual({ months: 13 });
  });
});

describe('verdicts and suggestions without a browser', () => {
  const consentry = {
    services: { cdn: { category: 'necessary', hosts: ['cdn.example.net'], cookies: [] }, stats: { category: 'analytics', hosts: [], cookies: [{ name: '_own' }] } },
    categories: { necessary: { required: true }, analytics: { required: false } },
    cookieName: 'consentry',
  };
  const own = (name: string): SeenCookie => ({ name, domain: 'www.shop.example', path: '/', expires: 'session', setBy: { via: 'script', url: 'https://www.shop.example/app.js' } });

  it('spares what the config calls necessary and Consentry itself; flags a listed first-party cookie', () => {
    const before = step(
      [request('https://cdn.example.net/lib.js'), request('https://cdn.jsdelivr.net/npm/consentry/dist/consentry-ui.zh-Hant.js'), request('https://img.shop.example/a.png')],
      [own('consentry'), own('_own'), own('session_id')],
    );
    expect(violations([page(before, consentry)])).toEqual([
      { page: 'https://www.shop.example/', step: 'before', kind: 'cookie', name: '_own', initiator: 'https://www.shop.example/app.js' },
      // Another host of the same site is still another host.
      { page: 'https://www.shop.example/', step: 'before', kind: 'request', host: 'img.shop.example', initiator: 'https://www.shop.example/' },
    ]);
  });

  it("lists the site's own other hosts one by one, never its registrable domain", () => {
    const before = step([request('https://img.shop.example/a.png'), request('https://static.shop.example/b.js')]);
    expect(suggestConfig([page(before)], {}, 0)).toEqual({
      services: { 'shop.example': { category: UNKNOWN, hosts: ['img.shop.example', 'static.shop.example'], cookies: [], policyAnchor: '' } },
    });
  });
});
