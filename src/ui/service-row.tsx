/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { policyLink } from './policy-link';
import { serviceFacts } from './service-facts';
import { toggle } from './switch';
import { needsSeparate } from '../shared/separate';

/**
 * One partner under its category: name, a switch, whether it needs separate consent, what it does with personal
 * information and its cookies, its policy section.
 */
export function ServiceRow({ store, id, uid }: { store: Store; id: string; uid: string }) {
  const { texts, cfg, draft } = store;
  const svc = cfg.services[id];
  const t = texts.services[id];
  const name = t?.name || id;
  const flip = () => {
    const on = !draft.value[id];
    const next = { ...draft.value, [id]: on };
    // Allowing one partner allows its category.
    if (on) next[svc.category] = true;
    draft.value = next;
  };
  return (
    <li class="svc">
      <div class="row">
        <h4 id={uid}>{name}</h4>
        {toggle(uid, !!draft.value[id], flip, t?.purpose, store.minor.value)}
      </div>
      {needsSeparate(cfg, id) && <p class="note">{texts.separateLabel}</p>}
      {serviceFacts(store, id, uid)}
      {policyLink(store, svc.policyAnchor, name)}
    </li>
  );
}
