import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentryConfig, Rule, Snapshot, View } from '../../src/shared/types';
import { readConfig } from '../../src/shared/config';
import { ruleFor } from '../../src/shared/rules';
import { createGate } from '../../src/gate/create-gate';
import { createEngine } from '../../src/engine/record-decisions';
import { checkConfig } from '../../src/engine/config-check';
import { receipt } from '../../src/engine/receipts';
import { clearCookies } from './helpers';

type W = { dataLayer?: unknown[]; gtag?: unknown };
const w = window as unknown as W;
const nav = navigator as { globalPrivacyControl?: boolean };

/** iCanspk as the PIPL asks: the handler named, an ad partner abroad, personalised advertising as a choice. */
const icanspk = (over: Partial<ConsentryConfig> = {}): ConsentryConfig => ({
  policy: { url: '/privacy.html', revision: '2020-09-25' },
  controller: { name: 'iCanspk', contact: 'nic@icanspk.com', country: 'CN' },
  rules: { CN: 'pipl', 'US-CA': 'us', US: 'gdpr', DE: 'gdpr', JP: 'notice', default: 'gdpr' },
  region: 'CN',
  minors: { age: 14, guardianUrl: '/privacy.html#protection-of-minors' },
  categories: { necessary: { required: true }, analytics: {}, advertising: { sale: true, personalization: true } },
  services: {
    'site-analytics': { category: 'analytics', cookies: ['_ica_id'] },
    'china-ads': { category: 'advertising', country: 'CN', cookies: ['_cad'] },
    'ad-partner': { category: 'advertising', country: 'US', recipient: { name: 'Ad Network', contact: 'https://ads.example/privacy' }, cookies: ['_adp'] },
    retarget: { category: 'advertising', personalized: true, country: 'CN' },
  },
  ...over,
});
const gate = (config: ConsentryConfig) => createGate(config, readConfig(config), { engine: createEngine });
const isArguments = (x: unknown) => Object.prototype.toString.call(x) == '[object Arguments]';
const consentCalls = (kind: 'default' | 'update') =>
  (w.dataLayer || [])
    .filter(isArguments)
    .map((a) => Array.from(a as ArrayLike<unknown>))
    .filter((c) => c[0] == 'consent' && c[1] == kind)
    .map((c) => c[2] as Record<string, unknown>);
const lastUpdate = () => consentCalls('update').at(-1);

beforeEach(() => {
  clearCookies();
  localStorage.clear();
  delete w.dataLayer;
  delete w.gtag;
  delete nav.globalPrivacyControl;
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

describe('the rule set follows the region', () => {
  it('the most specific code wins, then the country, then default; without rules, mode decides', () => {
    const rules = { CN: 'pipl', 'US-CA': 'us', US: 'gdpr', default: 'notice' };
    expect(ruleFor(rules, 'US-CA', undefined)).toBe('us');
    expect(ruleFor(rules, 'US-NY', undefined)).toBe('gdpr');
    expect(ruleFor(rules, 'CN', undefined)).toBe('pipl');
    expect(ruleFor(rules, 'CN-BJ', undefined)).toBe('pipl');
    expect(ruleFor(rules, 'BR', undefined)).toBe('notice');
    expect(ruleFor(rules, '', undefined)).toBe('notice');
    expect(ruleFor({ CN: 'pipl' }, 'FR', undefined)).toBe('gdpr');
    expect(ruleFor({ default: 'lenient' }, 'FR', undefined)).toBe('gdpr');
    expect(ruleFor(undefined, 'US-CA', 'opt-out')).toBe('us');
    expect(ruleFor(undefined, 'US-CA', undefined)).toBe('gdpr');
  });

  it('the snapshot names the region and the rule; a region in lower case is read, a malformed one is none', () => {
    expect(gate(icanspk({ region: 'us-ca' })).get()).toMatchObject({ region: 'US-CA', rule: 'us', mode: 'opt-out' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = gate(icanspk({ region: 'China' }));
    expect(api.get()).toMatchObject({ region: null, rule: 'gdpr', mode: 'opt-in' });
    expect(String(vi.mocked(console.warn).mock.calls)).toContain(`config.region "China" is not an ISO 3166 code`);
  });

  it('is never guessed: with no region, the default rule applies whatever the language or time zone', () => {
    document.documentElement.lang = 'zh-CN';
    expect(gate(icanspk({ region: undefined })).get()).toMatchObject({ region: null, rule: 'gdpr' });
    document.documentElement.lang = '';
  });
});

describe('pipl: separate consent for sharing and transfer abroad (arts. 23, 39)', () => {
  it('Accept all allows everything but the services that provide data to another handler or abroad', async () => {
    const api = gate(icanspk());
    const snap = await api.acceptAll('accept-all');
    expect(snap.categories).toEqual({ necessary: true, analytics: true, advertising: true });
    expect(snap.services).toEqual({ 'site-analytics': true, 'china-ads': true, 'ad-partner': false, retarget: true });
    expect(snap.separate).toEqual({});
    expect(api.allowed('ad-partner')).toBe(false);
  });

  it('switching the partner on by its own id is its separate consent, recorded with its time and kept on the next page', async () => {
    const api = gate(icanspk());
    await api.acceptAll('accept-all');
    const before = Date.now();
    const snap = await api.set({ 'ad-partner': true }, 'custom');
    expect(snap.services['ad-partner']).toBe(true);
    expect(Object.keys(snap.separate)).toEqual(['ad-partner']);
    expect(Date.parse(snap.separate['ad-partner'])).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    // The next page reads it back from the cookie.
    const next = gate(icanspk()).get();
    expect(next.services['ad-partner']).toBe(true);
    expect(next.separate).toEqual(snap.separate);
    // A later Accept all keeps it; withdrawing the category withdraws it.
    expect((await api.acceptAll('accept-all')).separate).toEqual(snap.separate);
    const off = await api.set({ advertising: false }, 'custom');
    expect(off.separate).toEqual({});
    expect((await api.set({ advertising: true }, 'custom')).services['ad-partner']).toBe(false);
  });

  it('a category switched on from site code is a bundled action too', async () => {
    const snap = await gate(icanspk()).set({ advertising: true }, 'api');
    expect(snap.services['ad-partner']).toBe(false);
  });

  it('outside pipl the same partner needs no separate consent', async () => {
    const snap = await gate(icanspk({ region: 'DE' })).acceptAll('accept-all');
    expect(snap.rule).toBe('gdpr');
    expect(snap.services['ad-partner']).toBe(true);
  });

  it('the receipt carries the rule, the region and the separate consents', async () => {
    const api = gate(icanspk());
    await api.acceptAll('accept-all');
    const r = receipt(await api.set({ 'ad-partner': true }, 'custom'), 'zh-Hans');
    expect(r).toMatchObject({ region: 'CN', rule: 'pipl', minor: false, personalized: { advertising: true } });
    expect(Object.keys(r.separate)).toEqual(['ad-partner']);
  });
});

describe('pipl: advertising that does not target the person (art. 24)', () => {
  it('refusing personalisation keeps ad_storage granted and ad_personalization denied, and holds personalised services', async () => {
    const api = gate(icanspk({ region: 'DE' }));
    const all = await api.acceptAll('accept-all');
    expect(all.personalized).toEqual({ advertising: true });
    expect(lastUpdate()).toMatchObject({ ad_storage: 'granted', ad_personalization: 'granted' });
    const snap = await api.set({ 'advertising.personalized': false }, 'custom');
    expect(snap.categories.advertising).toBe(true);
    expect(snap.personalized).toEqual({ advertising: false });
    expect(snap.services.retarget).toBe(false);
    expect(snap.services['ad-partner']).toBe(true);
    expect(lastUpdate()).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'denied' });
    // It is remembered, and a later change of another category keeps it.
    expect(gate(icanspk({ region: 'DE' })).get().personalized).toEqual({ advertising: false });
    expect((await api.set({ analytics: false }, 'custom')).personalized).toEqual({ advertising: false });
    expect((await api.set({ 'advertising.personalized': true }, 'custom')).services.retarget).toBe(true);
  });

  it('a personalisation key of a category without the choice is refused with a message', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    await gate(icanspk({ region: 'DE' })).set({ 'analytics.personalized': false }, 'api');
    expect(String(err.mock.calls)).toContain("'analytics.personalized' is not a choice");
  });
});

describe('pipl: children under 14 (art. 31)', () => {
  it('records the required categories only, with the child flag on the events, and stays so through Accept all', async () => {
    const api = gate(icanspk());
    const seen: Snapshot[] = [];
    api.on('consent', (s) => seen.push(s));
    const snap = await api.setMinor(true, 'custom');
    expect(snap).toMatchObject({ given: true, minor: true, categories: { necessary: true, analytics: false, advertising: false } });
    expect(seen.at(-1)?.minor).toBe(true);
    expect((await api.acceptAll('accept-all')).categories).toEqual({ necessary: true, analytics: false, advertising: false });
    expect((await api.set({ analytics: true }, 'custom')).categories.analytics).toBe(false);
    expect(gate(icanspk()).get().minor).toBe(true);
    // Changed back from the preferences: the flag goes, and the visitor's choices count again.
    expect((await api.setMinor(false, 'custom')).minor).toBe(false);
    expect((await api.set({ analytics: true }, 'custom')).categories.analytics).toBe(true);
  });

  it('a child record deletes the cookies of what it does not allow', async () => {
    const api = gate(icanspk());
    await api.acceptAll('accept-all');
    document.cookie = '_ica_id=1; path=/';
    await api.setMinor(true, 'custom');
    expect(document.cookie).not.toContain('_ica_id');
  });
});

describe('us: opt-out with a link instead of a banner', () => {
  it('asks for no banner, runs what is not sold before a decision, and GPC holds back the rest', async () => {
    const views: View[] = [];
    addEventListener('consentry:show', (e) => views.push((e as CustomEvent<View>).detail));
    nav.globalPrivacyControl = true;
    const api = gate(icanspk({ region: 'US-CA' }));
    expect(api.get()).toMatchObject({ rule: 'us', given: false, gpc: true, categories: { analytics: true, advertising: false } });
    expect((await api.acceptAll('accept-all')).categories.advertising).toBe(false);
    expect(views).toEqual([]);
  });

  it('a Do Not Sell link in the page opens the opt-out choice', () => {
    const views: View[] = [];
    const api = gate(icanspk({ region: 'US-CA' }));
    api.on('show', (v) => views.push(v));
    document.body.innerHTML = '<footer><a href="#" data-consentry-do-not-sell>Do Not Sell or Share My Personal Information</a></footer>';
    document.querySelector('a')!.click();
    expect(views).toEqual(['banner']);
  });

  it('a choice made under us is asked again in a region that asks first', async () => {
    await gate(icanspk({ region: 'US-CA' })).rejectAll('reject-all');
    const there = gate(icanspk({ region: 'DE' })).get();
    expect(there.given).toBe(false);
    expect(there.previous?.categories.analytics).toBe(false);
    // A refusal given where consent is asked first holds everywhere.
    await gate(icanspk({ region: 'DE' })).rejectAll('reject-all');
    expect(gate(icanspk({ region: 'US-CA' })).get()).toMatchObject({ given: true, categories: { analytics: false } });
  });
});

describe('notice: inform only', () => {
  it('everything runs before a decision but what GPC holds back; switching off is recorded', async () => {
    const api = gate(icanspk({ region: 'JP' }));
    expect(api.get()).toMatchObject({ rule: 'notice', mode: 'opt-out', categories: { analytics: true, advertising: true }, personalized: { advertising: true } });
    expect((await api.set({ advertising: false }, 'custom')).categories.advertising).toBe(false);
    nav.globalPrivacyControl = true;
    clearCookies();
    expect(gate(icanspk({ region: 'JP' })).get().categories).toMatchObject({ analytics: true, advertising: false });
  });
});

describe('Consent Mode and the rules cannot disagree', () => {
  it('with rules, consentMode.regions is not sent (with a warning) and the update follows the rule in force', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = icanspk({ region: 'US-CA', consentMode: { regions: [{ region: ['US-CA'], granted: ['ad_storage'] }] } });
    expect(checkConfig(config)).toEqual([]);
    expect(String(warn.mock.calls)).toContain('consentMode.regions is ignored');
    gate(config);
    expect(consentCalls('default').map((d) => d.region)).toEqual([undefined]);
    expect(lastUpdate()).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });
});

describe('the config of rules, controller, recipients and minors is checked', () => {
  const problems = (over: Record<string, unknown>) => checkConfig({ ...icanspk(), ...over });
  it('accepts the iCanspk config', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(problems({})).toEqual([]);
  });
  it('names each mistake with what was written', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(problems({ rules: { CN: 'china', default: 'gdpr' } })).toEqual([`config.rules.CN must be one of 'gdpr', 'pipl', 'us', 'notice' (it is "china")`]);
    expect(problems({ rules: { cn: 'pipl', default: 'gdpr' } })[0]).toContain("config.rules must be keyed by ISO 3166 codes in upper case");
    expect(problems({ controller: undefined })[0]).toContain("config.controller must be { name, contact } under the 'pipl' rule");
    expect(problems({ controller: { name: 'iCanspk', contact: 'javascript:alert(1)' } })[0]).toContain('config.controller.contact must be an e-mail address or an https URL');
    expect(problems({ controller: { name: 'iCanspk', contact: 'nic@icanspk.com', country: 'China' } })[0]).toContain("config.controller.country must be an ISO 3166-1 alpha-2 code");
    const svc = (extra: object) => problems({ services: { x: { category: 'advertising', ...extra } } });
    expect(svc({ country: 'USA' })[0]).toContain("config.services.x.country must be an ISO 3166-1 alpha-2 code such as 'US' (it is \"USA\")");
    expect(svc({ recipient: { name: 'Ads' } })[0]).toContain('config.services.x.recipient.contact must be a non-empty string');
    expect(problems({ minors: { age: 'fourteen' } })[0]).toContain('config.minors.age must be a number');
    expect(problems({ categories: { necessary: { required: true }, advertising: { personalization: 'yes' } } })[0]).toContain('config.categories.advertising.personalization must be true or false');
  });
  it('a config with such a mistake runs nothing non-essential', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const api = gate(icanspk({ rules: { CN: 'china' as Rule } }));
    await expect(api.acceptAll('accept-all')).resolves.toMatchObject({ given: false, categories: { analytics: false } });
  });
});
