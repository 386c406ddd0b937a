import { needsSeparate } from '../../../src/shared/separate';
import type { Choices, ConsentryApi, EventMap, Method, ResolvedConfig, Snapshot, UiConfig } from '../../../src/shared/types';

export interface FakeApi extends ConsentryApi {
  /** Every decision the UI asked for: `acceptAll accept-all`, `set {"analytics":true} custom`. */
  calls: string[];
  emit<E extends keyof EventMap>(name: E, detail: EventMap[E]): void;
  snapshot: Snapshot;
  /** While true, decisions reject as the gate's do when consentry-engine.js cannot load. */
  failing: boolean;
}

export const baseConfig = (ui: UiConfig = {}, extra: Partial<ResolvedConfig> = {}): ResolvedConfig => ({
  policy: { url: '/privacy', revision: '2020-09-25' },
  categories: { necessary: { required: true }, analytics: { policyAnchor: '#analytics' }, advertising: { sale: true } },
  services: {
    stats: { category: 'analytics', cookies: [{ name: '_st', lifetime: '13 months' }, { name: '/^_st_/' }], hosts: [] },
    pixel: { category: 'advertising', cookies: [], hosts: [], policyAnchor: 'https://ads.example/p' },
  },
  cookie: { name: 'consentry', days: 182 },
  mode: 'opt-in',
  gpc: true,
  consentMode: {},
  dataLayer: false,
  ui,
  region: '',
  rule: 'gdpr',
  ...extra,
});

/** A stand-in for the gate's API: it records the UI's calls and announces them like the gate does. */
export function fakeApi(config: ResolvedConfig = baseConfig(), snap: Partial<Snapshot> = {}): FakeApi {
  const listeners: { [K in keyof EventMap]?: Array<(d: EventMap[K]) => void> } = {};
  const api: FakeApi = {
    calls: [],
    failing: false,
    version: 'test',
    config,
    snapshot: {
      given: false, id: null, revision: config.policy.revision, givenAt: null, updatedAt: null, method: null, gpc: false,
      mode: config.mode, stored: true, reloadNeeded: false, previous: null,
      region: config.region || null, rule: config.rule, minor: false, personalized: {}, separate: {},
      categories: { necessary: true, analytics: false, advertising: false },
      services: { stats: false, pixel: false },
      ...snap,
    },
    get: () => api.snapshot,
    allowed: (id) => !!(api.snapshot.services[id] ?? api.snapshot.categories[id]),
    acceptAll: (m?: Method) => decide(`acceptAll ${m}`, m, true),
    rejectAll: (m?: Method) => decide(`rejectAll ${m}`, m, false),
    set: (choices: Choices, m?: Method) => decide(`set ${JSON.stringify(choices)} ${m}`, m, undefined, choices),
    setMinor: (minor: boolean, m?: Method) => decide(`setMinor ${minor} ${m}`, m, false, {}, minor),
    showBanner: () => api.emit('show', 'banner'),
    showPreferences: () => api.emit('show', 'preferences'),
    reset: () => Promise.resolve(api.snapshot),
    on(name, fn) {
      (listeners[name] ||= [] as never[]).push(fn as never);
      return () => {};
    },
    emit(name, detail) {
      for (const fn of listeners[name] || []) (fn as (d: typeof detail) => void)(detail);
    },
  };
  /**
   * The gate's outcome, roughly: "all" switches every category (a child's record: required only); `choices`
   * switch categories, services and `<category>.personalized`; a service needing separate consent runs once
   * switched on by its own id.
   */
  function decide(call: string, method: Method | undefined, all?: boolean, choices: Choices = {}, minor?: boolean): Promise<Snapshot> {
    api.calls.push(call);
    if (api.failing) return Promise.reject(new Error('consentry-engine.js could not load'));
    const s = api.snapshot;
    const child = minor ?? s.minor;
    const cats = { ...s.categories };
    const svcs = { ...s.services };
    const personalized = { ...s.personalized };
    const separate = { ...s.separate };
    for (const id in cats) {
      if (all !== undefined || child) cats[id] = id == 'necessary' || (!!all && !child);
      else if (id in choices) cats[id] = choices[id] || id == 'necessary';
    }
    for (const id in config.services) {
      if (id in choices && !child) {
        svcs[id] = choices[id];
        if (choices[id] && needsSeparate(config, id)) separate[id] = new Date(0).toISOString();
      } else if (all !== undefined || child || config.services[id].category in choices) svcs[id] = cats[config.services[id].category];
      if (!cats[config.services[id].category]) delete separate[id];
      svcs[id] &&= cats[config.services[id].category] && (!needsSeparate(config, id) || !!separate[id]);
    }
    for (const id in config.categories) {
      if (config.categories[id].personalization) personalized[id] = cats[id] && (choices[id + '.personalized'] ?? personalized[id] ?? true);
    }
    api.snapshot = { ...s, given: true, method: method || 'api', categories: cats, services: svcs, personalized, separate, minor: child, previous: null };
    api.emit('consent', api.snapshot);
    return Promise.resolve(api.snapshot);
  }
  return api;
}

/** The iCanspk site under the `pipl` rule: the handler named, advertising with personalised use, a partner abroad. */
export const piplConfig = (extra: Partial<ResolvedConfig> = {}): ResolvedConfig =>
  baseConfig(
    {},
    {
      rule: 'pipl',
      region: 'CN',
      controller: { name: 'iCanspk', contact: 'nic@icanspk.com', address: 'Shanghai', country: 'CN' },
      categories: { necessary: { required: true }, analytics: {}, advertising: { sale: true, personalization: true } },
      services: {
        stats: { category: 'analytics', cookies: [] },
        pixel: {
          category: 'advertising',
          cookies: [{ name: '_px', lifetime: { months: 3 } }],
          recipient: { name: 'Pixel Ads Inc.', contact: 'https://pixel.example/privacy' },
          country: 'US',
        },
      },
      minors: { age: 14, guardianUrl: '/guardians' },
      ...extra,
    },
  );

/** Texts the site gives for the partner abroad. */
export const pixelTexts = { name: 'Pixel Ads', purpose: 'Shows and measures ads.', data: 'Device identifier, pages visited' };
