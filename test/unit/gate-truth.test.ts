import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentryConfig, Method, Snapshot, View } from '../../src/shared/types';
import { readConfig } from '../../src/shared/config';
import { createGate } from '../../src/gate/create-gate';
import { createEngine } from '../../src/engine/record-decisions';
import { checkConfig } from '../../src/engine/config-check';
import { receipt } from '../../src/engine/receipts';
import { encode } from '../../src/shared/record-codec';
import { policyHref } from '../../src/shared/policy-href';
import { clearCookies, exampleConfig } from './helpers';

type W = { dataLayer?: unknown[]; gtag?: unknown };
const w = window as unknown as W;
const nav = navigator as { globalPrivacyControl?: boolean };
const withEngine = (config: unknown = exampleConfig) => createGate(config, readConfig(config), { engine: createEngine });
/** A gate whose engine is not bundled: a config new to this browser stays `checking` until it arrives. */
const withoutEngine = (config: unknown = exampleConfig) => createGate(config, readConfig(config), {});
const isArguments = (x: unknown) => Object.prototype.toString.call(x) == '[object Arguments]';
const updates = () =>
  (w.dataLayer || [])
    .filter(isArguments)
    .map((a) => Array.from(a as ArrayLike<unknown>))
    .filter((c) => c[1] == 'update')
    .map((c) => c[2] as Record<string, string>);
/** The markers of the inert scripts the gate released (happy-dom does not run them: their copies lose `type`). */
const released = () => Array.from(document.body.querySelectorAll('script:not([type])'), (s) => s.textContent);
const cookieNames = () => document.cookie.split('; ').map((c) => c.split('=')[0]).filter(Boolean);

beforeEach(() => {
  clearCookies();
  localStorage.clear();
  delete w.dataLayer;
  delete w.gtag;
  delete nav.globalPrivacyControl;
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

describe('withdrawal deletes what was allowed before', () => {
  it('a Reject all under a new policy revision deletes the cookies allowed under the old one', async () => {
    await withEngine().acceptAll('accept-all');
    document.cookie = '_ica_id=1; path=/';
    document.cookie = '_ica_s_2=1; path=/';
    document.cookie = '_adp=1; path=/';
    document.cookie = 'site_own=1; path=/';
    const next = withEngine({ ...exampleConfig, policy: { url: '/p', revision: '2021-01-01' } });
    expect(next.get().given).toBe(false);
    await next.rejectAll('reject-all');
    expect(cookieNames().sort()).toEqual(['consentry', 'site_own']);
  });

  it('cookie patterns written as RegExp objects work like the text form', async () => {
    const config = { ...exampleConfig, services: { ga: { category: 'analytics', cookies: ['_ga', /^_ga_/] } } };
    expect(checkConfig(config)).toEqual([]);
    const api = withEngine(config);
    await api.acceptAll();
    document.cookie = '_ga=1; path=/';
    document.cookie = '_ga_ABC=1; path=/';
    await api.rejectAll();
    expect(cookieNames()).toEqual(['consentry']);
    // The record written under it reads back on the next page.
    expect(withEngine(config).get()).toMatchObject({ given: true, method: 'api' });
  });
});

describe('Consent Mode always hears a decision', () => {
  const regional = { ...exampleConfig, consentMode: { regions: [{ region: ['US-CA'], granted: ['analytics_storage' as const] }] } };

  it('region defaults carry wait_for_update, and Reject all on a first visit denies what they granted', async () => {
    const api = withEngine(regional);
    const defaults = (w.dataLayer || []).filter(isArguments).map((a) => Array.from(a as ArrayLike<unknown>));
    expect(defaults[0]).toEqual(['consent', 'default', expect.objectContaining({ region: ['US-CA'], analytics_storage: 'granted', wait_for_update: 500 })]);
    await api.rejectAll('reject-all');
    expect(updates()).toEqual([expect.objectContaining({ analytics_storage: 'denied', ad_storage: 'denied' })]);
  });
});

describe('no magic category names', () => {
  const marketing: ConsentryConfig = {
    policy: { url: '/p', revision: 'r1' },
    categories: { necessary: { required: true }, analytics: {}, marketing: { sale: true } },
    services: { pixel: { category: 'marketing' } },
  };

  it('a sale category called marketing maps to the ad signals and is held back by GPC', async () => {
    nav.globalPrivacyControl = true;
    const api = withEngine(marketing);
    await api.acceptAll('accept-all');
    expect(api.get().categories).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(updates().pop()).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied' });
    delete nav.globalPrivacyControl;
    await api.set({ marketing: true }, 'custom');
    expect(updates().pop()).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
  });

  it('opt-out mode holds back the sale category whatever its name', () => {
    const api = withEngine({ ...marketing, mode: 'opt-out' });
    expect(api.get().categories).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(updates().pop()).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });

  it('a config where nothing grants the ad signals gets a warning naming the fix', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ads = { ...marketing, categories: { necessary: { required: true }, analytics: {}, ads: {} }, services: {} };
    expect(checkConfig(ads)).toEqual([]);
    withEngine(ads);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[consentry\] no category grants ad_storage, ad_user_data, ad_personalization.*sale: true.*consentMode\.map/));
    warn.mockClear();
    withEngine(marketing);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('GPC applies to a stored choice', () => {
  it('a choice made before GPC was switched on has its sale categories held back', async () => {
    await withEngine().acceptAll('accept-all');
    nav.globalPrivacyControl = true;
    delete w.dataLayer;
    const api = withEngine();
    expect(api.get()).toMatchObject({ given: true, gpc: true, categories: { analytics: true, advertising: false }, services: { 'ad-partner': false } });
    expect(api.allowed('advertising')).toBe(false);
    expect(api.allowed('ad-partner')).toBe(false);
    expect(updates()).toEqual([expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' })]);
  });

  it('a sale category the visitor switched on with GPC present stays on', async () => {
    nav.globalPrivacyControl = true;
    await withEngine().set({ advertising: true }, 'custom');
    expect(withEngine().allowed('advertising')).toBe(true);
  });
});

describe('the snapshot never claims what is held back', () => {
  it('while a new config is being checked, get() and ready report held categories and nothing runs', async () => {
    // Ids of their own, so that the gates of earlier tests (still watching this document) leave these tags alone.
    const config = { policy: { url: '/p', revision: 'r' }, categories: { needed: { required: true }, metrics: {} } };
    const t = Math.floor(Date.now() / 1000);
    // A record of accepting everything, written under an earlier version of the config.
    const value = encode({ id: '6f1c2d3e-0000-4000-8000-000000000000', revision: 'r', givenAt: t, updatedAt: t, method: 'accept-all', gpc: false, categories: { needed: true, metrics: true }, services: {}, configHash: 'older', rule: null, minor: false, personalized: {}, separate: {} }, readConfig(config)!);
    document.cookie = `consentry=${value}; path=/`;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = '<script type="text/plain" data-consent="needed">needed</script><script type="text/plain" data-consent="metrics">metrics</script>';
    const api = withoutEngine(config);
    const ready = new Promise<Snapshot>((resolve) => api.on('ready', resolve));
    expect(api.get()).toMatchObject({ given: true, categories: { needed: true, metrics: false } });
    expect(api.allowed('metrics')).toBe(false);
    expect((await ready).categories).toEqual({ needed: true, metrics: false });
    // The required category's tag ran by then: the other was held, not merely slower.
    expect(released()).toEqual(['needed']);
  });

  it('a config that failed its check reports everything held', async () => {
    await withEngine().acceptAll('accept-all');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const api = withEngine({ ...exampleConfig, mode: 'sometimes' });
    expect(api.get().categories).toEqual({ necessary: true, preferences: false, analytics: false, advertising: false });
    expect(api.allowed('analytics')).toBe(false);
  });
});

describe('odd API input', () => {
  it('an unknown method is recorded as api, and the cookie stays valid on the next page', async () => {
    const snap = await withEngine().acceptAll('button' as Method);
    expect(snap.method).toBe('api');
    expect(withEngine().get()).toMatchObject({ given: true, method: 'api', categories: { analytics: true } });
  });

  it('prototype keys are never ids', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = JSON.parse('{"policy":{"url":"/p","revision":"r"},"categories":{"necessary":{"required":true},"stats":{}},"services":{"__proto__":{"category":"stats"}}}');
    expect(checkConfig(config)).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("config.services.__proto__ is ignored"));
    document.body.innerHTML =
      '<script type="text/plain" data-consent="constructor">constructor</script>' +
      '<script type="text/plain" data-consent="stats" data-service="toString">toString</script>' +
      '<script type="text/plain" data-consent="stats">stats</script>';
    const api = withEngine(config);
    await api.acceptAll();
    for (const id of ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf']) expect(api.allowed(id)).toBe(false);
    expect(api.allowed('stats')).toBe(true);
    expect(api.get().services).toEqual({});
    expect(released()).toEqual(['stats']);
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith(expect.stringContaining('data-consent="constructor" names no category'), expect.anything()));
  });
});

describe('announcements', () => {
  it('a decision made before the UI arrived keeps the banner shut', async () => {
    const api = withEngine();
    await api.set({ analytics: true });
    const show = vi.fn();
    api.on('show', show);
    expect(show).not.toHaveBeenCalled();
  });

  it('the UI that arrives before any decision is handed the banner', () => {
    const api = withEngine();
    const shown: View[] = [];
    api.on('show', (v) => shown.push(v));
    expect(shown).toEqual(['banner']);
  });

  it('reset() after rejectAll() fires change with given: false, and the banner comes back', async () => {
    const api = withEngine();
    await api.rejectAll('reject-all');
    const changes: Snapshot[] = [];
    const shown: View[] = [];
    api.on('change', (s) => changes.push(s));
    api.on('show', (v) => shown.push(v));
    await api.reset();
    expect(changes).toEqual([expect.objectContaining({ given: false, id: null })]);
    expect(shown).toEqual(['banner']);
  });
});

describe('what leaves the browser', () => {
  it('a receipt names the page by origin and path, never its query string or fragment', () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://shop.example/account/verify?token=s3cret&email=a%40b.c#top');
    expect(receipt({ id: 'x' } as Snapshot).url).toBe('https://shop.example/account/verify');
  });

  it('policy links go through the same URL check as tags', () => {
    expect(policyHref('javascript:alert(1)')).toBe('');
    expect(policyHref('/privacy', 'javascript:alert(1)')).toBe('');
    expect(policyHref('data:text/html,x', '#ads')).toBe('');
    expect(policyHref('/privacy#top', '#ads')).toBe('/privacy#ads');
    expect(policyHref('/privacy')).toBe('/privacy');
    expect(policyHref('/privacy', 'https://ads.example/policy')).toBe('https://ads.example/policy');
  });
});
