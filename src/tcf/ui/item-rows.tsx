/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { TcfItem } from '../cmp-contract';
import type { TcfStore } from './store';
import { Control } from './controls';

/** A purpose: its name and legal text, a consent switch when asked on consent, an objection when on legitimate interest. */
export function PurposeRow({ store, item }: { store: TcfStore; item: TcfItem }) {
  const { t, data, draft } = store;
  const uid = 'p' + item.id;
  return (
    <li class="svc">
      <h4 id={uid}>{item.name}</h4>
      <p>{item.description}</p>
      <div class="ctls">
        {data.consentPurposes.includes(item.id) && <Control of={uid} uid={uid + 'c'} label={t.consent} on={!!draft.value.purposes[item.id]} onChange={(on) => store.set('purposes', item.id, on)} />}
        {data.liPurposes.includes(item.id) && <Control of={uid} uid={uid + 'o'} label={t.object} on={draft.value.purposeLi[item.id] === false} onChange={(on) => store.set('purposeLi', item.id, !on)} />}
      </div>
    </li>
  );
}

/** Special purposes and features: shown, not switchable. Special features: opt-in switches. */
export function ItemRow({ store, item, prefix }: { store: TcfStore; item: TcfItem; prefix: string }) {
  const uid = prefix + item.id;
  const switchable = prefix == 'sf';
  return (
    <li class="svc">
      <h4 id={uid}>{item.name}</h4>
      <p>{item.description}</p>
      {switchable && (
        <div class="ctls">
          <Control of={uid} uid={uid + 'c'} label={store.t.consent} on={!!store.draft.value.specialFeatures[item.id]} onChange={(on) => store.set('specialFeatures', item.id, on)} />
        </div>
      )}
    </li>
  );
}
