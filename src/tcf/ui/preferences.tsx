/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { TcfStore } from './store';
import { Buttons } from './buttons';
import { PurposeRow, ItemRow } from './item-rows';
import { VendorRow } from './vendor-row';
import { Control } from './controls';

/**
 * The second layer, a native modal `<dialog>` (opened with showModal: top layer, inert page, Escape): purposes,
 * special purposes, features, special features, vendors and Google's other providers, then save, accept all
 * and reject all. Escape or × leaves without deciding: back to the banner while a choice is still needed.
 */
export function Preferences({ store }: { store: TcfStore }) {
  const { t, data, cfg } = store;
  const leave = () => store.show(store.api.get().tcf ? null : 'banner');
  const section = (title: string, id: string, rows: preact.ComponentChildren[]) =>
    rows.length > 0 && (
      <section class="cat" aria-labelledby={id}>
        <h3 id={id}>{title}</h3>
        <ul>{rows}</ul>
      </section>
    );
  return (
    <dialog
      class="prefs"
      aria-labelledby="pt"
      aria-describedby="pd"
      tabIndex={-1}
      onCancel={(e) => {
        e.preventDefault();
        leave();
      }}
    >
      <div class="head">
        <h2 id="pt">{t.prefsTitle}</h2>
        <button type="button" class="x" aria-label={t.close} onClick={leave}>
          ×
        </button>
      </div>
      <div class="body">
        <p id="pd">
          {t.prefsText} <a href={cfg.policy.url}>{t.policyLink}</a>
        </p>
        {section(t.purposes, 'hp', data.purposes.map((p) => <PurposeRow store={store} item={p} />))}
        {section(t.specialPurposes, 'hsp', data.specialPurposes.map((p) => <ItemRow store={store} item={p} prefix="sp" />))}
        {section(t.features, 'hf', data.features.map((f) => <ItemRow store={store} item={f} prefix="f" />))}
        {section(t.specialFeaturesTitle, 'hsf', data.specialFeatures.map((f) => <ItemRow store={store} item={f} prefix="sf" />))}
        {section(t.vendors, 'hv', data.vendors.map((v) => <VendorRow store={store} vendor={v} />))}
        {section(
          t.atp,
          'ha',
          data.atp.map((p) => (
            <li class="svc">
              <h4 id={'a' + p.id}>{p.name}</h4>
              <div class="ctls">
                <Control of={'a' + p.id} uid={`a${p.id}c`} label={t.consent} on={!!store.draft.value.atp[p.id]} onChange={(on) => store.set('atp', p.id, on)} />
              </div>
              {p.policyUrl && (
                <a class="sec" href={p.policyUrl} aria-label={`${t.vendorPolicy}: ${p.name}`}>
                  {t.vendorPolicy}
                </a>
              )}
            </li>
          )),
        )}
        {data.atp.length > 0 && <p class="on">{t.atpText}</p>}
      </div>
      <Buttons store={store} actions={['save', 'accept', 'reject']} />
    </dialog>
  );
}
