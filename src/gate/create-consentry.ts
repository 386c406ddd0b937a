import type { ConsentryApi, Method, ResolvedConfig, Snapshot, View } from '../shared/types';
import type { ConsentRecord } from '../shared/record-codec';
import type { EngineFactory, Engine } from '../shared/engine-contract';
import { decode } from '../shared/record-codec';
import { hash } from '../shared/hash';
import { readConfig } from '../shared/config';
import { createEvents } from './events';
import { createConsentMode } from './consent-mode';
import { createTagRelease } from './tag-release';
import { createScriptLoader } from './script-loader';
import { error } from '../shared/log';
import { VERSION } from '../shared/version';
import { TCF } from '../shared/build-flags';
import { tcfLink } from '../tcf/gate-link';

export type State = Pick<Snapshot, 'categories' | 'services'>;

/** What the gate shares with the engine that records decisions. */
export interface Core {
  /** The site owner's config as given, for the engine's full diagnostics. */
  input: unknown;
  cfg: ResolvedConfig;
  gpc: boolean;
  record: ConsentRecord | null;
  state: State;
  /** The cookie value this page last saw or wrote; another value means another tab decided. */
  seen: string | undefined;
  stored: boolean;
  defaults(): State;
  withServices(cats: Record<string, boolean>, svcs: Record<string, boolean>): State;
  /** Moves to a new state: newly allowed tags run, Consent Mode and listeners are told. */
  apply(next: State, method: Method | null): Snapshot;
  /** The config failed its diagnostics: nothing non-essential may run and no decision is recorded. */
  disable(): void;
  /** Fingerprint of the config as given ('' when it is not plain data): records carry the one they were written under. */
  configHash: string;
  /**
   * Whether the engine already checked this exact config in this browser: the stored record was written under
   * it, or (after the config changed) localStorage remembers it; `true` marks it so.
   */
  checked(mark?: boolean): boolean;
}

export interface Options {
  /** The engine, when bundled (ESM build); otherwise it is loaded next to the gate on the first decision. */
  engine?: EngineFactory;
  /** The settings button, when bundled (ESM build); otherwise `consentry-settings-button.js` is loaded. */
  button?: (cfg: ResolvedConfig, open: () => void) => void;
  /** URL of the gate's own script: other files are found next to it. */
  src?: string;
}

const CHECKED = 'consentry-checked';
const iso = (seconds: number | undefined) => (seconds ? new Date(seconds * 1000).toISOString() : null);
/** The cookie's value. The record's alphabet ([0-9a-z._-]) needs no decoding. */
const readCookie = (name: string) =>
  document.cookie
    .split('; ')
    .find((c) => c.startsWith(name + '='))
    ?.slice(name.length + 1);

/**
 * The gate: config → stored record → state → tags, Consent Mode, events, the API. Runs on every page view,
 * so it only reads; recording a decision is the engine's job, loaded when first needed. A null `config`
 * means the site's config was unusable: the API answers, nothing non-essential runs, the stored choice stays.
 */
export function createConsentry(input: unknown, config: ResolvedConfig | null, { engine: factory, button, src }: Options): ConsentryApi {
  const cfg = config || readConfig({ policy: { revision: '' }, categories: {} })!;
  const { categories, services } = cfg;
  const events = createEvents(cfg.dataLayer);
  const updateConsentMode = cfg.consentMode && createConsentMode(cfg.consentMode, cfg.dataLayer || 'dataLayer');
  const load = createScriptLoader(cfg, src);
  let engine: Engine | undefined;
  let usable = !!config;
  let held = true;
  let pendingView: View | null = null;
  let previous: State | null = null;
  let reloadNeeded = false;
  /** Category and service ids whose tags ran on this page. */
  const ran: Record<string, boolean> = {};

  const withServices = (cats: Record<string, boolean>, svcs: Record<string, boolean>): State => {
    const out: Record<string, boolean> = {};
    for (const id in services) out[id] = svcs[id] ?? cats[services[id].category];
    return { categories: cats, services: out };
  };
  /** Before any decision: required categories; in opt-out mode also whatever is not sold or shared. */
  const defaults = (): State => {
    const cats: Record<string, boolean> = {};
    for (const id in categories) cats[id] = categories[id].required || (cfg.mode == 'opt-out' && !categories[id].sale);
    return withServices(cats, {});
  };

  /** Reads the stored record: valid → the choice; older policy revision → `previous`; broken → ask again. */
  const readRecord = (): ConsentRecord | null => {
    const d = decode((core.seen = readCookie(cfg.cookie.name)), cfg);
    if (d.status == 'invalid') error(`the stored consent cookie '${cfg.cookie.name}' is malformed or was altered; asking the visitor again`);
    previous = d.status == 'stale' ? d.record : null;
    return d.status == 'valid' ? d.record : null;
  };

  const snapshot = (): Snapshot => {
    const { record, state } = core;
    const snap: Snapshot = {
      given: !!record,
      id: record?.id || null,
      revision: cfg.policy.revision,
      categories: { ...state.categories },
      services: { ...state.services },
      givenAt: iso(record?.givenAt),
      updatedAt: iso(record?.updatedAt),
      method: record?.method || null,
      gpc: core.gpc,
      mode: cfg.mode,
      stored: core.stored,
      reloadNeeded,
      previous: previous && { categories: { ...previous.categories }, services: { ...previous.services } },
    };
    if (TCF) snap.tcf = tcfLink.state && { ...tcfLink.state };
    return snap;
  };

  const allowed = (id: string): boolean => usable && !held && !!(core.state.services[id] ?? core.state.categories[id]);

  const reported = new WeakSet<Element>();
  const release = createTagRelease((el) => {
    const cat = el.getAttribute('data-consent')!;
    const svc = el.getAttribute('data-service');
    if (!categories[cat] || (svc && services[svc]?.category != cat)) {
      if (usable && !reported.has(el)) {
        reported.add(el);
        error(`data-consent="${cat}"${svc ? ` data-service="${svc}"` : ''} names no category (or service of that category) in the config; the tag stays inert`, el);
      }
      return false;
    }
    return allowed(svc || cat) && (ran[cat] = ran[svc || cat] = true);
  });

  const apply = (next: State, method: Method | null): Snapshot => {
    const before = core.state;
    core.state = next;
    const changed = (TCF && tcfLink.changed()) || (['categories', 'services'] as const).some((k) => Object.keys(next[k]).some((id) => before[k][id] != next[k][id]));
    for (const id in ran) if (!allowed(id) && categories[services[id]?.category || id].reload !== false) reloadNeeded = true;
    // Consent Mode first, so that released tags and tags fired by the events below see the new state.
    if (changed && updateConsentMode) updateConsentMode(allowed);
    release();
    whenReady(drawButton);
    const snap = snapshot();
    if (method) events.emit('consent', snap);
    if (changed) events.emit('change', snap);
    return snap;
  };

  const core: Core = {
    input,
    cfg,
    gpc: cfg.gpc && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    record: null,
    state: { categories: {}, services: {} },
    seen: undefined,
    stored: true,
    defaults,
    withServices,
    apply,
    disable() {
      usable = false;
      apply(core.state, null);
    },
    configHash: fingerprint(input),
    checked(mark) {
      const { configHash } = core;
      if (!usable || !configHash) return false;
      try {
        if (mark) localStorage.setItem(CHECKED, configHash);
        // The record answers without touching localStorage, whose first use blocks the page for milliseconds.
        return core.record?.configHash == configHash || localStorage.getItem(CHECKED) == configHash;
      } catch {
        return false; // storage blocked: check every time the record does not answer
      }
    },
  };
  core.record = usable ? readRecord() : null;
  core.state = core.record || defaults();

  const useEngine = (): Promise<Engine> =>
    engine
      ? Promise.resolve(engine)
      : load('engine', 'consentry-engine.js').then(() => {
          const make = (window as { consentryEngine?: EngineFactory }).consentryEngine;
          if (!make) throw error('consentry-engine.js did not start: check engineSrc');
          return (engine ||= make(core));
        });
  /** Runs a decision through the engine: at once when it is here, else once it has loaded. */
  const decide = (run: (e: Engine) => Snapshot): Promise<Snapshot> =>
    engine
      ? Promise.resolve(run(engine))
      : useEngine().then(run, snapshot);

  /** The floating way back to the preferences, once a choice exists; returning visitors load no UI for it. */
  const drawButton = () => {
    if (!core.record || cfg.ui.settingsButton === false) return;
    if (button) button(cfg, api.showPreferences);
    else load('button', 'consentry-settings-button.js').catch(() => 0);
  };

  const show = (view: View) => {
    if (!usable) return;
    pendingView = view;
    events.emit('show', view, false);
    load('ui', TCF ? 'consentry-tcf-ui.js' : 'consentry-ui.js').catch(() => 0);
    useEngine().catch(() => 0);
  };

  const api: ConsentryApi = {
    version: VERSION,
    config: cfg,
    get: snapshot,
    allowed,
    acceptAll: (method = 'api') => decide((e) => e.all(true, method)),
    rejectAll: (method = 'api') => decide((e) => e.all(false, method)),
    set: (choices, method = 'api') => decide((e) => e.set(choices, method)),
    reset: () =>
      decide((e) => {
        const snap = e.reset();
        show('banner');
        return snap;
      }),
    showBanner: () => show('banner'),
    showPreferences: () => show('preferences'),
    on(name, fn) {
      const off = events.on(name, fn);
      // The UI subscribes once it has loaded: hand it the view it was loaded for.
      if (name == 'show' && pendingView) (fn as (v: View) => void)(pendingView);
      return off;
    },
  };

  // Until the engine has checked this config in full, nothing is released and Consent Mode stays at its
  // default. A returning visitor whose record was written under this very config skips it.
  const start = () => {
    if (TCF && !tcfLink.loaded) return tcfLink.whenLoaded(start);
    held = false;
    if (updateConsentMode && (core.record || cfg.mode == 'opt-out')) updateConsentMode(allowed);
    release();
  };
  if (TCF) tcfLink.attach(core);
  if (factory) engine = factory(core);
  if (engine || core.checked()) start();
  else useEngine().then(start, () => 0);
  new MutationObserver((list) => list.forEach((m) => release(m.addedNodes))).observe(document, { childList: true, subtree: true });
  addEventListener('click', (e) => {
    if ((e.target as Element).closest?.('[data-consentry-open]')) {
      e.preventDefault();
      api.showPreferences();
    }
  });
  // A choice made in another tab (or before this page came back from the back/forward cache) applies here too.
  const sync = () => {
    if (usable && core.stored && readCookie(cfg.cookie.name) != core.seen) {
      core.record = readRecord();
      apply(core.record || defaults(), null);
      if (!core.record) show('banner');
    }
  };
  addEventListener('pageshow', sync);
  document.addEventListener('visibilitychange', sync);
  if (typeof BroadcastChannel == 'function') new BroadcastChannel('consentry').onmessage = sync;
  whenReady(() => {
    release();
    drawButton();
    if (TCF) tcfLink.whenLoaded(() => events.emit('ready', snapshot()));
    else events.emit('ready', snapshot());
  });
  if (!core.record) show('banner');
  return api;
}

/** The config's fingerprint; '' for a config that is not plain data (never trusted as checked). */
function fingerprint(input: unknown): string {
  try {
    return hash(JSON.stringify(input));
  } catch {
    return '';
  }
}

/** Runs `fn` once the document has parsed (or right after the current script, when it already has). */
function whenReady(fn: () => void): void {
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', fn);
  else Promise.resolve().then(fn);
}
