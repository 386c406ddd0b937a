/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { policyLink } from './policy-link';
import { ServiceRow } from './service-row';

/** One category: name, description, a switch (or "always on"), its policy section, then its partners. */
export function CategoryRow({ store, id, uid }: { store: Store; id: string; uid: string }) {
  const { texts, cfg, draft } = store;
  const cat = cfg.categories[id];
  const t = texts.categories[id];
  const title = t?.title || id;
  const services = Object.keys(cfg.services).filter((s) => cfg.services[s].category == id);
  const set = (on: boolean) => {
    const next = { ...draft.value, [id]: on };
    for (const s of services) next[s] = on;
    draft.value = next;
  };
  return (
    <div class="cat">
      <div class="row">
        <h3 id={uid}>{title}</h3>
        {cat.required ? (
          <span class="on">{texts.alwaysOn}</span>
        ) : (
          <button type="button" class="sw" role="switch" aria-checked={!!draft.value[id]} aria-labelledby={uid} aria-describedby={t?.description ? uid + 'd' : undefined} onClick={() => set(!draft.value[id])} />
        )}
      </div>
      {t?.description && <p id={uid + 'd'}>{t.description}</p>}
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
