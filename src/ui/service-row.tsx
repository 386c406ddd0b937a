/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { policyLink } from './policy-link';
import { cookieName } from '../shared/cookie-name';
import { cookiesOf } from '../shared/config';
import { lifetimeText } from './lifetime';

/** One partner under its category: name, purpose, the cookies it sets, its policy section and a switch. */
export function ServiceRow({ store, id, uid }: { store: Store; id: string; uid: string }) {
  const { texts, cfg, draft } = store;
  const svc = cfg.services[id];
  const t = texts.services[id];
  const name = t?.name || id;
  const set = (on: boolean) => {
    const next = { ...draft.value, [id]: on };
    // Allowing one partner allows its category.
    if (on) next[svc.category] = true;
    draft.value = next;
  };
  const cookies = cookiesOf(svc);
  return (
    <li class="svc">
      <div class="row">
        <h4 id={uid}>{name}</h4>
        <button type="button" class="sw" role="switch" aria-checked={!!draft.value[id]} aria-labelledby={uid} aria-describedby={t?.purpose ? uid + 'd' : undefined} onClick={() => set(!draft.value[id])} />
      </div>
      {t?.purpose && <p id={uid + 'd'}>{t.purpose}</p>}
      {cookies.length > 0 && (
        <p class="ck">
          {texts.cookies + ': '}
          {cookies.map((c, i) => (
            <span>
              {i > 0 && ', '}
              <code>{cookieName(c.name)}</code>
              {c.lifetime && ` (${texts.lifetime} ${lifetimeText(c.lifetime, store.tag)})`}
            </span>
          ))}
        </p>
      )}
      {policyLink(store, svc.policyAnchor, name)}
    </li>
  );
}
