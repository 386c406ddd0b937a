import type { ConsentryApi, ResolvedConfig, Snapshot, View } from '../shared/types';
import type { Engine, EngineFactory, GateView, Recorded, TagProblem } from '../shared/engine-contract';
import { decode } from '../shared/record-codec';
import { hash } from '../shared/hash';
import { readConfig } from '../shared/config';
import { wasChecked } from '../shared/checked-config';
import { error } from '../shared/log';
import { VERSION } from '../shared/version';
import { allowedNow, snapshotOf, type Allowed, type GateState } from './consent-state';
import { createEvents } from './events';
import { createConsentMode } from './consent-mode';
import { createTagRelease } from './tag-release';
import { createTagPermission } from './tag-permission';
import { createScriptLoader } from './script-loader';
import { afterLoad, whenParsed } from './page-timing';
import { watchOtherTabs } from './other-tabs';
import { TCF } from '../shared/build-flags';
import { tcfLink } from '../tcf/gate-link';

export interface Options {
  /** The engine, when bundled (ESM build); otherwise it is loaded next to the gate when first needed. */
  engine?: EngineFactory;
  /** The settings button, when bundled (ESM build); otherwise `consentry-settings-button.js` is loaded. */
  button?: (cfg: ResolvedConfig, api: ConsentryApi) => void;
  /** URL of the gate's own script: other files are found next to it. */
  src?: string;
}

/** The cookie's value. The name is `[\w-]+` (the config reader sees to it); the record's alphabet needs no decoding. */
const readCookie = (name: string): string | undefined => document.cookie.match('(^|; )' + name + '=([^;]*)')?.[2];

/** What the page sees of a state: what is allowed. */
const visible = (a: Allowed) => JSON.stringify(a);

/**
 * The gate: config → stored record → one consent state → tags, Consent Mode, events, the API. Runs on every
 * page view, so it only reads; recording a decision is the engine's job, loaded when first needed. A null
 * `config` means the site's config was unusable: the API answers, nothing non-essential runs, the stored
 * choice stays.
 */
export function createGate(input: unknown, config: ResolvedConfig | null, { engine: factory, button, src }: Options): ConsentryApi {
  const cfg = config || readConfig({ policy: { revision: '' }, categories: {} })!;
  const events = createEvents(cfg.dataLayer);
  const updateConsentMode = cfg.consentMode && createConsentMode(cfg);
  const load = createScriptLoader(cfg, src);
  const configHash = fingerprint(input);
  let engine: Engine | undefined;
  let pendingView: View | null = null;
  /** The page's starting state is told by `ready`, not as a change. */
  let starting = true;

  /** The stored record as this config reads it: valid → the choice; older policy revision → `previous`. */
  const read = (): Pick<GateState, 'record' | 'previous' | 'seen'> => {
    const seen = readCookie(cfg.cookie.name);
    const d = decode(seen, cfg);
    // A malformed cookie is read as none: the banner asks again, and the engine that it loads says why.
    return { seen, record: d.status == 'valid' ? d.record : null, previous: d.status == 'stale' ? d.record : null };
  };

  // Every page starts held; the phase moves on once the config is known to be checked.
  let state: GateState = {
    phase: config ? 'checking' : 'disabled',
    record: null,
    previous: null,
    seen: undefined,
    gpc: cfg.gpc && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    stored: true,
    reloadNeeded: false,
    ...(config && read()),
  };
  let now = allowedNow(cfg, state);
  const snapshot = (): Snapshot =>
    TCF ? { ...snapshotOf(cfg, state, now), tcf: tcfLink.state && { ...tcfLink.state } } : snapshotOf(cfg, state, now);
  const allowed = (id: string): boolean => !!(now.services[id] ?? now.categories[id]);

  // Why a tag does not run is the engine's to explain: a page without such mistakes never loads it for that.
  const explain = (problem: TagProblem, el: Element) => useEngine().then((e) => e.explain(problem, el), () => 0);
  const { permitted, ran } = createTagPermission(cfg, allowed, explain);
  const release = createTagRelease(permitted, explain);

  /**
   * Moves to a new state and announces it, always in this order: Consent Mode (so that released tags and
   * tags fired by the events see the new state), then the tags it allows, then the events.
   */
  const commit = (change: Partial<GateState>, decided?: boolean): Snapshot => {
    if (TCF && change.phase == 'live') {
      // On TCF pages the config goes live once the CMP has read the TC string, and never when TCF was refused.
      if (tcfLink.refused) return snapshot();
      if (!tcfLink.loaded) return tcfLink.whenLoaded(() => commit(change)), snapshot();
    }
    const before = visible(now);
    const given = state.record;
    state = { ...state, ...change };
    now = allowedNow(cfg, state);
    for (const id in ran) if (!allowed(id) && cfg.categories[cfg.services[id]?.category || id].reload !== false) state.reloadNeeded = true;
    // A decision made before the UI arrived (the site's code, another tab, a placeholder) keeps the banner shut.
    if (state.record && pendingView == 'banner') pendingView = null;
    const snap = snapshot();
    // A change: something allowed differs, or the decision was forgotten (reset, or cleared in another tab).
    const changed = before != visible(now) || (given && !state.record) || (TCF && tcfLink.changed());
    // Consent Mode hears every decision, even one that changes nothing here: region defaults may have granted.
    if (updateConsentMode && state.phase == 'live' && (decided || changed || (change.phase && (state.record || cfg.mode == 'opt-out')))) {
      updateConsentMode(allowed, now.personalized);
    }
    release();
    if (state.record) afterLoad(drawButton);
    if (decided) events.emit('consent', snap);
    if (changed && !starting) events.emit('change', snap);
    return snap;
  };

  const view: GateView = { input, cfg, configHash, get: snapshot, record: () => state.record };
  /** The engine's full check of the config decides the phase. */
  const check = (e: Engine): Engine => {
    // An unusable config (null here) always fails the full check too.
    const phase = e.ok ? 'live' : 'disabled';
    if (phase != state.phase) commit({ phase });
    return e;
  };
  const useEngine = (): Promise<Engine> =>
    engine
      ? Promise.resolve(engine)
      : load('consentry-engine.js', cfg.engineSrc, 'engineSrc').then(() => {
          const make = (window as { consentryEngine?: EngineFactory }).consentryEngine;
          if (!make) throw error('consentry-engine.js did not start: check engineSrc');
          return (engine ||= check(make(view)));
        });

  /**
   * Runs a decision through the engine, at once when it is here (else once it has loaded), and commits what it
   * returns. Rejects when the engine cannot be loaded: the decision was not recorded.
   */
  const decide = (run: (e: Engine) => Recorded | null, ask?: boolean): Promise<Snapshot> => {
    const apply = (e: Engine) => {
      const out = run(e);
      if (!out) return snapshot();
      const snap = commit(out, !!out.record);
      e.settle(snap, !!out.record);
      if (ask) show('banner');
      return snap;
    };
    return engine ? Promise.resolve(apply(engine)) : useEngine().then(apply);
  };

  /**
   * The floating way back to the preferences, once a choice exists; returning visitors load no UI for it. Under
   * the `us` rule it is the "Do Not Sell or Share" link, there from the start, and opens the opt-out choice.
   */
  const drawButton = () => {
    if (cfg.ui.settingsButton === false) return;
    if (button) button(cfg, api);
    else load('consentry-settings-button.js', '', 'ui.settingsButton: false').catch(() => 0);
  };

  const show = (view: View) => {
    if (state.phase == 'disabled') return;
    pendingView = view;
    events.emit('show', view, false);
    load(TCF ? 'consentry-tcf-ui.js' : 'consentry-ui.js', cfg.ui.src, 'ui.src').catch(() => 0);
    useEngine().catch(() => 0);
  };

  const api: ConsentryApi = {
    version: VERSION,
    config: cfg,
    get: snapshot,
    allowed,
    acceptAll: (method) => decide((e) => e.all(true, method)),
    rejectAll: (method) => decide((e) => e.all(false, method)),
    set: (choices, method) => decide((e) => e.set(choices, method)),
    setMinor: (minor, method) => decide((e) => e.minor(minor, method)),
    reset: () => decide((e) => e.forget(), true),
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
  if (TCF) {
    tcfLink.gate = { disable: () => commit({ phase: 'disabled' }), disabled: () => state.phase == 'disabled' };
    // A TCF config with no registered CMP id: nothing non-essential runs.
    if (tcfLink.refused) state.phase = 'disabled';
  }
  if (factory) engine = check(factory(view));
  else if (wasChecked(configHash, state.record?.configHash)) commit({ phase: 'live' });
  else {
    useEngine().catch(() => 0);
    // Still checking: the required categories' tags run meanwhile (a commit above scans by itself).
    release();
  }
  new MutationObserver(release).observe(document, { childList: true, subtree: true });
  addEventListener('click', (e) => {
    const link = (e.target as Element).closest?.('[data-consentry-open],[data-consentry-do-not-sell]');
    if (link) {
      e.preventDefault();
      show(link.hasAttribute('data-consentry-open') ? 'preferences' : 'banner');
    }
  });
  // A choice made in another tab (or before this page came back from the back/forward cache) applies here too.
  watchOtherTabs(() => {
    if (config && state.stored && readCookie(cfg.cookie.name) != state.seen) {
      commit(read());
      if (!state.record) show('banner');
    }
  });
  whenParsed(() => {
    release();
    const ready = () => events.emit('ready', snapshot());
    if (TCF) tcfLink.whenLoaded(ready);
    else ready();
  });
  // Under the `us` rule nothing blocks the page: the "Do Not Sell or Share" link asks.
  if (cfg.rule == 'us') afterLoad(drawButton);
  else if (!state.record) show('banner');
  starting = false;
  return api;
}

/** The config's fingerprint ('' for a config that is not plain data, never trusted as checked); RegExp patterns count. */
function fingerprint(input: unknown): string {
  try {
    return hash(JSON.stringify(input, (_, v) => (v instanceof RegExp ? '' + v : v)));
  } catch {
    return '';
  }
}
