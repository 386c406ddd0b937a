/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { policyLink } from './policy-link';
import { ServiceRow } from './service-row';
import { toggle } from './switch';
import { needsSeparate } from '../shared/separate';

/**
 * One category: name, description, a switch (or "always on"), its personalised use when it offers that choice,
 * its policy section, then its partners. The category's switch switches its partners, except that it never
 * switches on one that needs separate consent: that one the visitor switches on by itself.
 */
export function CategoryRow({ store, id, uid }: { store: Store; id: string; uid: string }) {
  const { texts, cfg, draft } = store;
  const cat = cfg.categories[id];
  const t = texts.categories[id];
  const title = t?.title || id;
  const services = Object.keys(cfg.services).filter((s) => cfg.services[s].category == id);
  const d = draft.value;
  const personal = id + '.personalized';
  const locked = store.minor.value;
  const set = (on: boolean) => {
    const next = { ...d, [id]: on };
    for (const s of services) if (!on || !needsSeparate(cfg, s)) next[s] = on;
    // Personalised use follows its category, but under `pipl` it is a choice of its own (PIPL art. 24).
    if (cat.personalization) next[personal] = on && cfg.rule != 'pipl';
    draft.value = next;
  };
  const fill = (s: string) => s.replace('{category}', title);
  return (
    <div class="cat">
      <div class="row">
        <h3 id={uid}>{title}</h3>
        {cat.required ? <span class="on">{texts.alwaysOn}</span> : toggle(uid, !!d[id], () => set(!d[id]), t?.description, locked)}
      </div>
      {t?.description && <p id={uid + 'd'}>{t.description}</p>}
      {cat.personalization && [
        <div class="row">
          <h4 id={uid + 'p'}>{fill(texts.personalizedLabel)}</h4>
          {/* Only a category that is on can be used in a personalised way. */}
          {toggle(uid + 'p', !!d[id] && !!d[personal], () => (draft.value = { ...d, [personal]: !d[personal] }), 1, locked || !d[id])}
        </div>,
        <p id={uid + 'pd'}>{fill(texts.personalizedText)}</p>,
      ]}
      {policyLink(store, cat.policyAnchor, title)}
      {services.length > 0 && (
        <ul>
          {services.map((s, i) => (
            <ServiceRow store={store} id={s} uid={`${uid}s${i}`} />
          ))}
        </ul>
      )}
    </div>
  );
}
