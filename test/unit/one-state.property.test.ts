import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { ConsentryApi, ConsentryConfig } from '../../src/shared/types';
import { readConfig } from '../../src/shared/config';
import { consentModeMap } from '../../src/shared/consent-mode-map';
import { createGate } from '../../src/gate/create-gate';
import { createEngine } from '../../src/engine/record-decisions';
import { clearCookies } from './helpers';

const base: ConsentryConfig = {
  policy: { url: '/p', revision: 'r1' },
  categories: { necessary: { required: true }, preferences: {}, analytics: {}, marketing: { sale: true } },
  services: { stats: { category: 'analytics' }, pixel: { category: 'marketing' }, chat: { category: 'preferences' } },
};
/** The same site under the rules of several regions: an ad partner abroad, personalised marketing as a choice. */
const regional = (region: string): ConsentryConfig => ({
  ...base,
  categories: { ...base.categories, marketing: { sale: true, personalization: true } },
  services: { ...base.services, pixel: { category: 'marketing', country: 'US' }, retarget: { category: 'marketing', personalized: true } },
  controller: { name: 'Site', contact: 'privacy@site.example', country: 'CN' },
  rules: { CN: 'pipl', 'US-CA': 'us', JP: 'notice', default: 'gdpr' },
  region,
  minors: { age: 14 },
});
/** The configs a site moves between: the same, a new policy revision, a new category, another mode, other regions. */
const CONFIGS: ConsentryConfig[] = [
  base,
  { ...base, policy: { url: '/p', revision: 'r2' } },
  { ...base, categories: { ...base.categories, video: {} }, services: { ...base.services, player: { category: 'video' } } },
  { ...base, mode: 'opt-out' },
  regional('CN'),
  regional('US-CA'),
  regional('JP'),
  regional('DE'),
];

type Step =
  | { kind: 'accept' | 'reject' | 'reset' }
  | { kind: 'set'; choices: Record<string, boolean> }
  | { kind: 'gpc'; on: boolean }
  | { kind: 'minor'; on: boolean }
  | { kind: 'reload'; config: number; engine: Engine };
/** The engine bundled (ESM), loaded from its file, or a file that never arrives (the config stays unchecked). */
type Engine = 'bundled' | 'file' | 'missing';

const ids = ['necessary', 'preferences', 'analytics', 'marketing', 'video', 'stats', 'pixel', 'chat', 'player', 'retarget', 'unknown'];
const keys = [...ids, 'marketing.personalized'];
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constantFrom<Step>({ kind: 'accept' }, { kind: 'reject' }, { kind: 'reset' }),
  fc.record({ kind: fc.constant('set' as const), choices: fc.dictionary(fc.constantFrom(...keys), fc.boolean(), { maxKeys: 4 }) }),
  fc.record({ kind: fc.constant('gpc' as const), on: fc.boolean() }),
  fc.record({ kind: fc.constant('minor' as const), on: fc.boolean() }),
  fc.record({ kind: fc.constant('reload' as const), config: fc.nat(CONFIGS.length - 1), engine: fc.constantFrom<Engine>('bundled', 'file', 'missing') }),
);

type W = { dataLayer?: unknown[]; gtag?: unknown };
const w = window as unknown as W;
const nav = navigator as { globalPrivacyControl?: boolean };
const observers: MutationObserver[] = [];
const Native = window.MutationObserver;

/** Every page's tags: one inert script per category and per service, its text naming it. */
function pageTags(config: ConsentryConfig): string {
  const cats = Object.keys(config.categories).map((id) => `<script type="text/plain" data-consent="${id}">${id}</script>`);
  const svcs = Object.entries(config.services || {}).map(([id, s]) => `<script type="text/plain" data-consent="${s.category}" data-service="${id}">${id}</script>`);
  return cats.concat(svcs).join('');
}

/** A new page view: the previous one is gone (its observers stop), the next one starts with the stored cookie. */
function load(config: ConsentryConfig, engine: Engine): ConsentryApi {
  for (const o of observers.splice(0)) o.disconnect();
  // What consentry-engine.js defines when the page loads it (happy-dom answers every script request at once).
  (window as { consentryEngine?: typeof createEngine }).consentryEngine = engine == 'missing' ? undefined : createEngine;
  delete w.dataLayer;
  delete w.gtag;
  document.body.innerHTML = pageTags(config);
  return createGate(config, readConfig(config), engine == 'bundled' ? { engine: createEngine } : {});
}

/** The Consent Mode state the page's Google tags see now: the last update, else the last global default. */
function consentModeNow(): Record<string, string> {
  const commands = (w.dataLayer || []).filter((x) => Object.prototype.toString.call(x) == '[object Arguments]').map((a) => Array.from(a as ArrayLike<unknown>));
  const last = commands.filter((c) => c[1] == 'update').pop() || commands.filter((c) => c[1] == 'default' && !(c[2] as { region?: unknown }).region).pop();
  const { wait_for_update: _, ...state } = last![2] as Record<string, string>;
  return state;
}

beforeEach(() => {
  clearCookies();
  localStorage.clear();
  delete nav.globalPrivacyControl;
  // No cross-tab messages: a page that is gone must not act any more.
  vi.stubGlobal('BroadcastChannel', undefined);
  window.MutationObserver = class extends Native {
    constructor(callback: MutationCallback) {
      super(callback);
      observers.push(this);
    }
  };
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  for (const o of observers.splice(0)) o.disconnect();
  window.MutationObserver = Native;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  delete (window as { consentryEngine?: unknown }).consentryEngine;
});

describe('one state, derived views', () => {
  it('after every step the snapshot, allowed(), Consent Mode and the tags that ran agree', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        clearCookies();
        localStorage.clear();
        delete nav.globalPrivacyControl;
        let config = CONFIGS[0];
        let api = load(config, 'bundled');
        for (const s of steps) {
          // Without its engine a decision is refused (its promise rejects); the state must still agree.
          const refused = () => 0;
          if (s.kind == 'accept') await api.acceptAll('accept-all').catch(refused);
          else if (s.kind == 'reject') await api.rejectAll('reject-all').catch(refused);
          else if (s.kind == 'reset') await api.reset().catch(refused);
          else if (s.kind == 'set') await api.set(s.choices, 'custom').catch(refused);
          else if (s.kind == 'gpc') nav.globalPrivacyControl = s.on;
          else if (s.kind == 'minor') await api.setMinor(s.on, 'custom').catch(refused);
          else if (s.kind == 'reload') api = load((config = CONFIGS[s.config]), s.engine);
          // The observer's scan of what the step added has run.
          await new Promise((resolve) => setTimeout(resolve));

          const snap = api.get();
          const cfg = readConfig(config)!;
          // allowed() says what the snapshot says, for every id, and nothing for ids the config lacks.
          for (const id of ids) expect(api.allowed(id), id).toBe(!!(snap.services[id] ?? snap.categories[id]));
          expect(Object.keys(snap.categories)).toEqual(Object.keys(config.categories));
          // A child's record allows the required categories only; a refused personalisation holds personalised partners.
          if (snap.minor) for (const id in cfg.categories) expect(snap.categories[id], id).toBe(!!cfg.categories[id].required);
          if (snap.personalized.marketing === false) expect(snap.services.retarget).toBe(false);
          // Under pipl the partner abroad runs only with its separate consent.
          if (snap.rule == 'pipl' && snap.services.pixel) expect(snap.separate.pixel).toMatch(/^\d{4}-/);
          // Consent Mode says what the snapshot says.
          const map = consentModeMap(cfg);
          const expected: Record<string, string> = {};
          for (const type in map) {
            const on = (id: string) => (snap.services[id] ?? snap.categories[id]) && (type != 'ad_personalization' || snap.personalized[id] !== false);
            const grant = type == 'security_storage' || (map[type as keyof typeof map].length > 0 && map[type as keyof typeof map].every(on));
            expected[type] = grant ? 'granted' : 'denied';
          }
          expect(consentModeNow()).toEqual(expected);
          // The tags that ran on this page are exactly those the snapshot allows.
          const ran = Array.from(document.body.querySelectorAll('script:not([type])'), (el) => el.textContent).sort();
          const allowedTags = Object.keys(config.categories).filter((id) => snap.categories[id]).concat(Object.keys(config.services || {}).filter((id) => snap.services[id]));
          // Withdrawals cannot unrun a tag: what ran before a withdrawal on this page shows as reloadNeeded.
          if (!snap.reloadNeeded) expect(ran).toEqual(allowedTags.sort());
          else for (const id of allowedTags) expect(ran).toContain(id);
        }
      }),
      { numRuns: 60 },
    );
  }, 60000);
});
