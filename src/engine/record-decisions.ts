import type { Choices, Method, Snapshot } from '../shared/types';
import type { Core, State } from '../gate/create-consentry';
import type { Engine } from '../shared/engine-contract';
import { checkConfig } from './config-check';
import { encode } from '../shared/record-codec';
import { deleteCookies, removeCookie, writeCookie } from './cookie-store';
import { sendReceipt } from './receipts';
import { error } from '../shared/log';
import { uuid } from './uuid';

/**
 * Records decisions: checks the config in full (one message per mistake), writes the consent cookie,
 * deletes the cookies of what was withdrawn, sends receipts and tells other tabs.
 */
export function createEngine(core: Core): Engine {
  const { cfg, gpc } = core;
  const { categories, services, cookie } = cfg;
  const problems = checkConfig(core.input);
  for (const p of problems) error(p + '. Until it is fixed, nothing non-essential runs.');
  if (problems.length) core.disable();
  else core.checked(true);
  const channel = typeof BroadcastChannel == 'function' ? new BroadcastChannel('consentry') : null;

  /** Cookies of every service that was allowed before and is not now. */
  const withdraw = (before: State, next: State) =>
    deleteCookies(Object.keys(services).filter((id) => before.services[id] && !next.services[id]).flatMap((id) => services[id].cookies));

  const decide = (cats: Record<string, boolean>, svcs: Record<string, boolean>, method: Method): Snapshot => {
    if (problems.length) {
      error('no decision is recorded while the config has the errors above');
      return core.apply(core.state, null);
    }
    const t = Math.floor(Date.now() / 1000);
    const next = core.withServices(cats, svcs);
    const { record } = core;
    const value = encode(
      (core.record = { id: record?.id || uuid(), revision: cfg.policy.revision, givenAt: record?.givenAt || t, updatedAt: t, method, gpc, ...next, configHash: core.configHash }),
      cfg,
    );
    core.stored = writeCookie(cookie.name, value, cookie);
    core.seen = value;
    withdraw(core.state, next);
    const snap = core.apply(next, method);
    channel?.postMessage(0);
    if (cfg.receipts) sendReceipt(cfg.receipts.endpoint, snap, cfg.ui.language);
    return snap;
  };

  return {
    all(value, method) {
      const cats: Record<string, boolean> = {};
      // Global Privacy Control keeps sold or shared categories off through "Accept all".
      for (const id in categories) cats[id] = categories[id].required || (value && !(gpc && categories[id].sale));
      return decide(cats, {}, method);
    },
    set(choices: Choices, method) {
      const cats = { ...core.state.categories };
      const svcs = { ...core.state.services };
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
    reset() {
      removeCookie(cookie.name, cookie.domain);
      core.record = null;
      core.seen = undefined;
      const next = core.defaults();
      withdraw(core.state, next);
      const snap = core.apply(next, null);
      channel?.postMessage(0);
      return snap;
    },
  };
}
