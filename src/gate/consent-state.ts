import type { ResolvedConfig, Snapshot } from '../shared/types';
import type { ConsentRecord } from '../shared/record-codec';
import { table } from '../shared/config';
import { needsSeparate } from '../shared/separate';

/**
 * `checking`: the config is new to this browser and the engine has not checked it yet; `live`: checked;
 * `disabled`: it failed its check. Only `live` lets anything non-essential run.
 */
export type Phase = 'checking' | 'live' | 'disabled';

/** The one consent state the gate holds; everything the page sees is derived from it. */
export interface GateState {
  phase: Phase;
  /** The visitor's decision for the current policy revision, or null. */
  record: ConsentRecord | null;
  /** A decision under an older policy revision: a starting point for the preferences, not consent. */
  previous: ConsentRecord | null;
  /** Global Privacy Control is on now. */
  gpc: boolean;
  /** The last decision could be written to the cookie. */
  stored: boolean;
  /** A withdrawn category's tags already ran on this page. */
  reloadNeeded: boolean;
  /** The cookie value this page last read or wrote: another value means another tab decided. */
  seen: string | undefined;
}

export type Allowed = Pick<Snapshot, 'categories' | 'services' | 'personalized'>;

/**
 * What is allowed now, by category and by service: required categories always; the rest only while the config
 * is live, as the record says (before a decision: nothing; under `us` what is not sold or shared; under
 * `notice` everything). Global Privacy Control switched on after the decision holds back the sold or shared
 * categories. A child's record allows the required categories only. A category's personalised use needs the
 * category and no refusal of it; a service that needs separate consent runs only once it was given.
 */
export function allowedNow(cfg: ResolvedConfig, s: GateState): Allowed {
  const { categories: cats, services: svcs } = cfg;
  const r = s.record;
  const hold = s.gpc && !r?.gpc;
  // A service of a category the config lacks (a config that fails its check) is never allowed.
  const on = (cat: string, chosen: boolean | undefined, c = cats[cat]) =>
    !!c && (!!c.required || (s.phase == 'live' && !!chosen && !r?.minor && !(hold && c.sale)));
  const categories = table<boolean>();
  const services = table<boolean>();
  const personalized = table<boolean>();
  const personal = table<boolean>();
  for (const id in cats) {
    categories[id] = on(id, r ? r.categories[id] : cfg.rule == 'notice' || (cfg.mode == 'opt-out' && !cats[id].sale));
    personal[id] = categories[id] && r?.personalized[id] !== false;
    if (cats[id].personalization) personalized[id] = personal[id];
  }
  for (const id in svcs) {
    const { category: cat, personalized: needs } = svcs[id];
    services[id] =
      on(cat, r ? r.services[id] : categories[cat]) && (!needs || !!personal[cat]) && (!needsSeparate(cfg, id) || !!r?.separate[id]);
  }
  return { categories, services, personalized };
}

const iso = (seconds: number | undefined) => (seconds ? new Date(seconds * 1000).toISOString() : null);
const copy = (a: Pick<Allowed, 'categories' | 'services'>) => ({ categories: { ...a.categories }, services: { ...a.services } });

/** The snapshot that `get()` returns and every event carries. */
export function snapshotOf(cfg: ResolvedConfig, s: GateState, now: Allowed): Snapshot {
  const r = s.record;
  return {
    given: !!r,
    id: r?.id || null,
    revision: cfg.policy.revision,
    ...copy(now),
    personalized: { ...now.personalized },
    givenAt: iso(r?.givenAt),
    updatedAt: iso(r?.updatedAt),
    method: r?.method || null,
    gpc: s.gpc,
    mode: cfg.mode,
    stored: s.stored,
    reloadNeeded: s.reloadNeeded,
    previous: s.previous && copy(s.previous),
    region: cfg.region || null,
    rule: cfg.rule,
    minor: !!r?.minor,
    // Service id → ISO time of its separate consent (the record holds ids of this config only).
    separate: Object.fromEntries(Object.entries(r?.separate || {}).map(([id, t]) => [id, iso(t)!])),
  };
}
