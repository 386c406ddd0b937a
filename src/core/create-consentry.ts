import type { Choices, ConsentryApi, Method, ResolvedConfig, Snapshot, View } from './types';
import type { ConsentRecord } from './record-codec';
import { decode, encode } from './record-codec';
import { deleteCookies, readCookie, writeCookie } from './cookie-store';
import { createEvents } from './events';
import { createConsentMode } from './consent-mode';
import { createTagRelease } from './tag-release';
import { sendReceipt } from './receipts';
import { createUiLoader } from './ui-loader';
import { error } from './log';
import { uuid } from './uuid';
import { VERSION } from './version';

type State = Pick<Snapshot, 'categories' | 'services'>;

const now = () => Math.floor(Date.now() / 1000);
const iso = (seconds: number | undefined) => (seconds ? new Date(seconds * 1000).toISOString() : null);

/**
 * The consent engine behind `window.consentry` and `init()`: stored record → state → tags, Consent Mode,
 * events. `config` null means the site's config was unusable: the API answers, nothing non-essential runs,
 * and the visitor's stored choice is left untouched.
 */
export function createConsentry(config: ResolvedConfig | null, gateUrl?: string): ConsentryApi {
  const usable = !!config;
  const cfg: ResolvedConfig = config || {
    policy: { url: '', revision: '' },
    categories: {},
    services: {},
    cookie: { name: 'consentry', days: 182 },
    mode: 'opt-in',
    gpc: true,
    consentMode: {},
    dataLayer: 'dataLayer',
    ui: {},
  };
  const { categories, services } = cfg;
  const gpc = cfg.gpc && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const events = createEvents(cfg.dataLayer);
  const updateConsentMode = cfg.consentMode && createConsentMode(cfg.consentMode, cfg.dataLayer || 'dataLayer');

  let record: ConsentRecord | null = null;
  let previous: State | null = null;
  let stored = true;
  let pendingView: View | null = null;
  /** Category and service ids whose tags ran on this page. */
  const ran: Record<string, boolean> = {};
  let reloadNeeded = false;

  const loadUi = createUiLoader(cfg, gateUrl);

  /** What applies before any decision: required categories; in opt-out mode, whatever is not sale or shared. */
  const defaults = (): State => {
    const cats: Record<string, boolean> = {};
    for (const id in categories) cats[id] = !!categories[id].required || (cfg.mode == 'opt-out' && !categories[id].sale);
    return withServices(cats, {});
  };
  const withServices = (cats: Record<string, boolean>, svcs: Record<string, boolean>): State => {
    const out: Record<string, boolean> = {};
    for (const id in services) out[id] = svcs[id] ?? cats[services[id].category];
    return { categories: cats, services: out };
  };

  const loaded = usable ? decode(readCookie(cfg.cookie.name), cfg) : { status: 'none' as const };
  if (loaded.status == 'invalid') error(`the stored consent cookie '${cfg.cookie.name}' is malformed or was altered; asking the visitor again`);
  if (loaded.status == 'valid') record = loaded.record;
  if (loaded.status == 'stale') previous = loaded.record;
  let state: State = record || defaults();

  const snapshot = (): Snapshot => ({
    given: !!record,
    id: record?.id || null,
    revision: cfg.policy.revision,
    categories: { ...state.categories },
    services: { ...state.services },
    givenAt: iso(record?.givenAt),
    updatedAt: iso(record?.updatedAt),
    method: record?.method || null,
    gpc,
    mode: cfg.mode,
    stored,
    reloadNeeded,
    previous: previous && { categories: { ...previous.categories }, services: { ...previous.services } },
  });

  const allowed = (id: string): boolean => !!(state.services[id] ?? state.categories[id]);

  const reported = new WeakSet<Element>();
  const release = createTagRelease((el) => {
    const cat = el.getAttribute('data-consent')!;
    const svc = el.getAttribute('data-service');
    const known = cat in categories && (!svc || services[svc]?.category == cat);
    if (!known) {
      if (usable && !reported.has(el)) {
        reported.add(el);
        error(`data-consent="${cat}"${svc ? ` data-service="${svc}"` : ''} names no category (or service of that category) in the config; the tag stays inert`, el);
      }
      return false;
    }
    const ok = allowed(svc || cat);
    if (ok) ran[cat] = ran[svc || cat] = true;
    return ok;
  });

  /** Moves to a new state: cookies of what was withdrawn go, newly allowed tags run, everyone is told. */
  const apply = (next: State, method: Method | null): Snapshot => {
    const before = state;
    state = next;
    const changed = [before.categories, before.services].some((map, i) =>
      Object.keys(map).some((id) => map[id] != [next.categories, next.services][i][id]),
    );
    const withdrawn = [...Object.keys(categories), ...Object.keys(services)].filter((id) => {
      const was = before.services[id] ?? before.categories[id];
      return was && !allowed(id);
    });
    const specs = withdrawn.flatMap((id) => services[id]?.cookies || Object.keys(services).filter((s) => services[s].category == id).flatMap((s) => services[s].cookies));
    deleteCookies(specs);
    if (withdrawn.some((id) => ran[id] && categories[services[id]?.category || id].reload !== false)) reloadNeeded = true;
    release();
    const snap = snapshot();
    if (method) events.emit('consent', snap);
    if (changed) {
      if (updateConsentMode) updateConsentMode(allowed);
      events.emit('change', snap);
    }
    return snap;
  };

  /** Records a decision: the cookie, then the new state. */
  const decide = (cats: Record<string, boolean>, svcs: Record<string, boolean>, method: Method): Snapshot => {
    if (!usable) {
      error('the config is unusable (see the errors above), so no decision can be recorded');
      return snapshot();
    }
    const t = now();
    const next = withServices(cats, svcs);
    record = { id: record?.id || uuid(), revision: cfg.policy.revision, givenAt: record?.givenAt || t, updatedAt: t, method, gpc, ...next };
    previous = null;
    stored = writeCookie(cfg.cookie.name, encode(record, cfg), cfg.cookie);
    const snap = apply(next, method);
    if (cfg.receipts) sendReceipt(cfg.receipts.endpoint, snap, cfg.ui.language);
    return snap;
  };

  const all = (value: boolean, method: Method) => {
    const cats: Record<string, boolean> = {};
    for (const id in categories) cats[id] = !!categories[id].required || (value && !(gpc && categories[id].sale));
    return decide(cats, {}, method);
  };

  const show = (view: View) => {
    if (!usable) return;
    pendingView = view;
    events.emit('show', view, false);
    loadUi();
  };

  const api: ConsentryApi = {
    version: VERSION,
    config: cfg,
    get: snapshot,
    allowed,
    acceptAll: (method = 'api') => all(true, method),
    rejectAll: (method = 'api') => all(false, method),
    set(choices: Choices, method: Method = 'api') {
      const cats = { ...state.categories };
      const svcs = { ...state.services };
      for (const id in choices) {
        const value = choices[id] === true;
        if (categories[id]) {
          cats[id] = value || !!categories[id].required;
          for (const s in services) if (services[s].category == id && !(s in choices)) svcs[s] = cats[id];
        } else if (services[id]) svcs[id] = value;
        else error(`set(): '${id}' is neither a category nor a service in the config; ignored`);
      }
      return decide(cats, svcs, method);
    },
    showBanner: () => show('banner'),
    showPreferences: () => show('preferences'),
    reset() {
      record = null;
      if (usable) writeCookie(cfg.cookie.name, '', { domain: cfg.cookie.domain, days: -1 });
      apply(defaults(), null);
      show('banner');
    },
    on(name, fn) {
      const off = events.on(name, fn);
      // The UI subscribes after it loads: hand it the view it was loaded for.
      if (name == 'show' && pendingView) (fn as (v: View) => void)(pendingView);
      return off;
    },
  };

  if (updateConsentMode && (record || cfg.mode == 'opt-out')) updateConsentMode(allowed);
  release();
  if (typeof MutationObserver == 'function') new MutationObserver((list) => list.forEach((m) => release(m.addedNodes))).observe(document, { childList: true, subtree: true });
  addEventListener('click', (e) => {
    const target = e.target as Element | null;
    if (target?.closest?.('[data-consentry-open]')) {
      e.preventDefault();
      api.showPreferences();
    }
  });
  const ready = () => {
    release();
    events.emit('ready', snapshot());
  };
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', ready);
  else setTimeout(ready);
  if (!record) show('banner');
  return api;
}
