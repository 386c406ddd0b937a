import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentryConfig, EventMap, Snapshot } from '../../src/shared/types';
import { readConfig } from '../../src/shared/config';
import { createGate } from '../../src/gate/create-gate';
import { createEngine } from '../../src/engine/record-decisions';
import { clearCookies, exampleConfig } from './helpers';

const make = (config: ConsentryConfig = exampleConfig) => createGate(config, readConfig(config), { engine: createEngine });
const cookie = () => document.cookie.match(/(?:^|; )consentry=([^;]*)/)?.[1];
const nav = navigator as { globalPrivacyControl?: boolean };

/** Collects what `on()` delivers. */
function record(api: ReturnType<typeof make>) {
  const seen: Array<[keyof EventMap, Snapshot]> = [];
  for (const name of ['consent', 'change'] as const) api.on(name, (s) => seen.push([name, s]));
  return seen;
}

beforeEach(() => {
  clearCookies();
  delete (window as { dataLayer?: unknown }).dataLayer;
  delete (window as { gtag?: unknown }).gtag;
  delete nav.globalPrivacyControl;
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

describe('a first visit', () => {
  it('allows only the required category and asks for a choice', async () => {
    const api = make();
    expect(api.get()).toMatchObject({ given: false, id: null, method: null, categories: { necessary: true, analytics: false, advertising: false }, services: { 'site-analytics': false } });
    expect(api.allowed('necessary')).toBe(true);
    expect(api.allowed('analytics')).toBe(false);
    expect(api.allowed('ad-partner')).toBe(false);
    expect(cookie()).toBeUndefined();
  });

  it('fires ready once parsing is done, after the caller could subscribe', async () => {
    const api = make();
    const ready = vi.fn();
    api.on('ready', ready);
    await Promise.resolve();
    expect(ready).toHaveBeenCalledWith(expect.objectContaining({ given: false }));
  });
});

describe('decisions', () => {
  it('acceptAll records everything, fires consent then change, and writes the cookie', async () => {
    const api = make();
    const seen = record(api);
    const snap = await api.acceptAll('accept-all');
    expect(snap).toMatchObject({ given: true, method: 'accept-all', stored: true, categories: { analytics: true, advertising: true }, services: { 'ad-partner': true } });
    expect(snap.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.map(([n]) => n)).toEqual(['consent', 'change']);
    expect(seen[0][1]).toEqual(snap);
    expect(cookie()).toMatch(/^3\./);
  });

  it('rejectAll on a first visit is a decision but not a change', async () => {
    const api = make();
    const seen = record(api);
    await api.rejectAll('reject-all');
    expect(seen.map(([n]) => n)).toEqual(['consent']);
    expect(api.get()).toMatchObject({ given: true, method: 'reject-all', categories: { necessary: true, analytics: false } });
  });

  it('set() switches what it names and keeps the rest; services follow their category unless named', async () => {
    const api = make();
    await api.set({ analytics: true });
    expect(api.get()).toMatchObject({ method: 'api', categories: { analytics: true, advertising: false, preferences: false }, services: { 'site-analytics': true, 'ad-partner': false } });
    await api.set({ advertising: true, 'ad-partner': false }, 'custom');
    expect(api.get()).toMatchObject({ method: 'custom', categories: { analytics: true, advertising: true }, services: { 'site-analytics': true, 'ad-partner': false } });
    expect(api.allowed('advertising')).toBe(true);
    expect(api.allowed('ad-partner')).toBe(false);
  });

  it('keeps the consent id and first time across decisions, and required categories on', async () => {
    const api = make();
    const first = await api.acceptAll();
    const second = await api.set({ necessary: false, analytics: false });
    expect(second.id).toBe(first.id);
    expect(second.givenAt).toBe(first.givenAt);
    expect(second.categories.necessary).toBe(true);
  });

  it('ignores unknown ids with a console error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const api = make();
    await api.set({ stats: true });
    expect(error).toHaveBeenCalledWith(expect.stringContaining("[consentry] set(): 'stats' is neither a category nor a service"));
  });

  it('deletes the cookies of what is withdrawn, names and patterns', async () => {
    const api = make();
    await api.acceptAll();
    document.cookie = '_ica_id=1; path=/';
    document.cookie = '_ica_s_42=1; path=/';
    document.cookie = '_adp=1; path=/';
    document.cookie = 'own=1; path=/';
    await api.set({ analytics: false });
    expect(document.cookie).not.toMatch(/_ica_/);
    expect(document.cookie).toMatch(/_adp=1/);
    expect(document.cookie).toMatch(/own=1/);
  });

  it('a new page reads the choice back; reset forgets it', async () => {
    const first = make();
    await first.set({ analytics: true });
    const again = make();
    expect(again.get()).toMatchObject({ given: true, categories: { analytics: true, advertising: false } });
    const change = vi.fn();
    const show = vi.fn();
    again.on('change', change);
    again.on('show', show);
    await again.reset();
    expect(show).toHaveBeenCalledWith('banner');
    expect(again.get()).toMatchObject({ given: false, categories: { analytics: false } });
    expect(change).toHaveBeenCalled();
    expect(cookie()).toBeUndefined();
  });

  it('a record of an older policy revision asks again, offering the old choices', async () => {
    await make().set({ analytics: true });
    const api = make({ ...exampleConfig, policy: { url: '/p', revision: '2021-01-01' } });
    expect(api.get()).toMatchObject({ given: false, categories: { analytics: false }, previous: { categories: { analytics: true } } });
  });

  it('a listener that throws does not stop the others or the decision', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const api = make();
    const later = vi.fn();
    api.on('consent', () => {
      throw new Error('boom');
    });
    api.on('consent', later);
    await api.acceptAll();
    expect(later).toHaveBeenCalled();
    expect(api.get().given).toBe(true);
  });

  it('on() returns an unsubscribe', async () => {
    const api = make();
    const fn = vi.fn();
    api.on('consent', fn)();
    await api.acceptAll();
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('when cookies cannot be stored', () => {
  it('keeps the choice for the page and says it was not stored', async () => {
    // Like a browser that blocks cookies: writes are dropped, reads find nothing.
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
    try {
      const api = make();
      const snap = await api.acceptAll();
      expect(snap).toMatchObject({ given: true, stored: false, categories: { analytics: true } });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(api.get().given).toBe(true);
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
  });
});

describe('Global Privacy Control', () => {
  it('keeps sale categories off through Accept all; only an explicit switch overrides', async () => {
    nav.globalPrivacyControl = true;
    const api = make();
    expect((await api.acceptAll('accept-all'))).toMatchObject({ gpc: true, categories: { analytics: true, advertising: false }, services: { 'ad-partner': false } });
    expect((await api.set({ advertising: true }, 'custom')).categories.advertising).toBe(true);
  });

  it('is ignored when switched off', async () => {
    nav.globalPrivacyControl = true;
    const api = make({ ...exampleConfig, gpc: false });
    expect((await api.acceptAll()).categories.advertising).toBe(true);
    expect(api.get().gpc).toBe(false);
  });
});

describe('opt-out mode', () => {
  it('allows what is not sold or shared before any decision', () => {
    const api = make({ ...exampleConfig, mode: 'opt-out' });
    expect(api.get()).toMatchObject({ given: false, mode: 'opt-out', categories: { analytics: true, preferences: true, advertising: false } });
  });
});

describe('an unusable config', () => {
  it('answers the API, allows nothing, records nothing, and says why', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = { ...exampleConfig, services: { s: { category: 'stats' } } } as ConsentryConfig;
    const api = make(bad);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('[consentry] config.services.s.category must be one of'));
    expect(api.allowed('analytics')).toBe(false);
    await api.acceptAll();
    expect(api.get().given).toBe(false);
    expect(api.allowed('analytics')).toBe(false);
    expect(cookie()).toBeUndefined();
  });
});
