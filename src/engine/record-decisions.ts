import type { Choices, Method } from '../shared/types';
import type { Engine, GateView, Recorded } from '../shared/engine-contract';
import { encode, METHODS } from '../shared/record-codec';
import { CHECKED } from '../shared/checked-config';
import { cookiesOf } from '../shared/config';
import { error } from '../shared/log';
import { checkConfig, warnUngrantedSignals } from './config-check';
import { deleteCookies, readCookie, removeCookie, writeCookie } from './cookie-store';
import { sendReceipt } from './receipts';
import { checkPage, explainTag } from './diagnostics';
import { uuid } from './uuid';
import { needsSeparate } from '../shared/separate';
import type { ConsentRecord } from '../shared/record-codec';

/** What a decision changes besides the switches: a child's flag, personalised use, separate consents. */
type Extra = Partial<Pick<ConsentRecord, 'minor' | 'personalized' | 'separate'>>;

/**
 * Records decisions: checks the config in full (one message per mistake), computes and writes the consent
 * record, and after the gate committed it deletes the cookies of what is not allowed, sends the receipt
 * and tells other tabs. It reads the gate; it never writes into it.
 */
export function createEngine(gate: GateView): Engine {
  const { cfg } = gate;
  const { categories, services, cookie } = cfg;
  const problems = checkConfig(gate.input);
  for (const p of problems) error(p + '. Until it is fixed, nothing non-essential runs.');
  const ok = !problems.length;
  try {
    if (ok && gate.configHash) localStorage.setItem(CHECKED, gate.configHash);
  } catch {
    // storage blocked: the config is checked again on the next page that has no record written under it
  }
  if (ok) {
    warnUngrantedSignals(cfg);
    checkPage(cfg, readCookie(cookie.name), gate.get());
  }
  let channel: BroadcastChannel | undefined;

  const record = (cats: Record<string, boolean>, svcs: Record<string, boolean>, method: unknown, extra: Extra = {}): Recorded | null => {
    if (!ok) {
      error('no decision is recorded while the config has the errors above');
      return null;
    }
    const t = Math.floor(Date.now() / 1000);
    const before = gate.get();
    const kept = gate.record();
    const chosen: Record<string, boolean> = {};
    for (const id in services) chosen[id] = svcs[id] ?? cats[services[id].category];
    const separate: Record<string, number> = { ...kept?.separate, ...extra.separate };
    // Withdrawing a service (or its category) withdraws its separate consent.
    for (const id in separate) if (!chosen[id]) delete separate[id];
    const personalized: Record<string, boolean> = {};
    for (const id in categories) {
      if (categories[id].personalization) personalized[id] = !!cats[id] && (extra.personalized?.[id] ?? kept?.personalized[id] ?? true);
    }
    const r: ConsentRecord = {
      id: before.id || uuid(),
      revision: cfg.policy.revision,
      givenAt: before.givenAt ? Date.parse(before.givenAt) / 1000 : t,
      updatedAt: t,
      // Anything but a known method (`acceptAll('button')`) is the site's own code: 'api'.
      method: METHODS.indexOf(method as Method) >= 0 ? (method as Method) : 'api',
      gpc: before.gpc,
      categories: cats,
      services: chosen,
      configHash: gate.configHash,
      rule: cfg.rule,
      minor: extra.minor ?? !!kept?.minor,
      personalized,
      separate,
    };
    const value = encode(r, cfg);
    return { record: r, seen: value, stored: writeCookie(cookie.name, value, cookie) };
  };

  /** Only the required categories, nothing personalised, no separate consent. */
  const required = () => {
    const cats: Record<string, boolean> = {};
    for (const id in categories) cats[id] = !!categories[id].required;
    return cats;
  };

  return {
    ok,
    all(value, method) {
      const cats: Record<string, boolean> = {};
      const { gpc } = gate.get();
      // Global Privacy Control keeps sold or shared categories off through "Accept all".
      for (const id in categories) cats[id] = !!categories[id].required || (value && !(gpc && categories[id].sale));
      // A bundled action: it never gives a separate consent, nor a child's consent.
      return gate.record()?.minor ? record(required(), {}, method) : record(cats, {}, method);
    },
    set(choices: Choices, method) {
      const now = gate.get();
      const kept = gate.record();
      const cats = { ...now.categories };
      const svcs = { ...now.services };
      // A partner held only for want of personalised use or of its separate consent keeps its recorded choice.
      for (const id in svcs) if (cats[services[id].category] && kept) svcs[id] = kept.services[id];
      const personalized: Record<string, boolean> = {};
      const separate: Record<string, number> = {};
      const t = Math.floor(Date.now() / 1000);
      for (const key in choices) {
        const value = choices[key] === true;
        const [id, part] = key.split('.');
        if (part == 'personalized' && categories[id]?.personalization) personalized[id] = value;
        else if (part) error(`set(): '${key}' is not a choice; write '<category>.personalized' for a category with personalization: true`);
        else if (categories[id]) {
          cats[id] = value || !!categories[id].required;
          for (const s in services) if (services[s].category == id && !(s in choices)) svcs[s] = cats[id];
        } else if (services[id]) {
          svcs[id] = value;
          // Allowing a partner by its own id is its separate consent.
          if (value && needsSeparate(cfg, id)) separate[id] = t;
        } else error(`set(): '${id}' is neither a category nor a service in the config; ignored`);
      }
      // A child's record stays one: only the required categories, until setMinor(false).
      return kept?.minor ? record(required(), {}, method) : record(cats, svcs, method, { personalized, separate });
    },
    minor(value, method) {
      return value || gate.record() ? record(required(), {}, method, { minor: value }) : null;
    },
    forget() {
      removeCookie(cookie.name, cookie.domain);
      return { record: null, seen: undefined, stored: true };
    },
    settle(snap, decided) {
      // Every decision deletes what it does not allow, whatever was allowed before (an older revision, an
      // expired record, another tab).
      deleteCookies(Object.keys(services).filter((id) => !snap.services[id]).flatMap((id) => cookiesOf(services[id])));
      if (typeof BroadcastChannel == 'function') (channel ||= new BroadcastChannel('consentry')).postMessage(0);
      if (decided && cfg.receipts) sendReceipt(cfg.receipts.endpoint, snap, cfg.ui.language);
    },
    explain(problem, el) {
      // A config with errors was reported field by field: what its tags do follows from those.
      if (ok) explainTag(cfg, problem, el);
    },
  };
}
