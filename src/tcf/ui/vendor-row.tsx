/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { TcfItem, TcfVendorView } from '../cmp-contract';
import type { TcfStore } from './store';
import { Control } from './controls';

const names = (items: TcfItem[], ids: number[]) => ids.map((id) => items.find((i) => i.id == id)?.name).filter(Boolean).join('; ');

/**
 * One vendor: a consent switch when it asks consent, an objection when it claims legitimate interest, and
 * the details the TCF Policy asks to show: its purposes by legal basis, special purposes, features, special
 * features, how long it keeps data, its cookies, and its privacy policy and legitimate interest claim.
 */
export function VendorRow({ store, vendor: v }: { store: TcfStore; vendor: TcfVendorView }) {
  const { t, data, draft } = store;
  const uid = 'v' + v.id;
  const days = (n: number) => t.days.replace('{n}', String(n));
  const age = v.cookieMaxAgeSeconds;
  const retention = [
    ...(v.retention.std !== undefined ? [days(v.retention.std)] : []),
    ...Object.keys(v.retention.purposes).map((id) => `${names(data.purposes, [+id])}: ${days(v.retention.purposes[+id])}`),
    ...Object.keys(v.retention.specialPurposes).map((id) => `${names(data.specialPurposes, [+id])}: ${days(v.retention.specialPurposes[+id])}`),
  ];
  const fact = (label: string, value: string) => value && (
    <p>
      {label}: {value}
    </p>
  );
  return (
    <li class="svc vendor">
      <h4 id={uid}>{v.name}</h4>
      <div class="ctls">
        {v.purposes.length > 0 && <Control of={uid} uid={uid + 'c'} label={t.consent} on={!!draft.value.vendors[v.id]} onChange={(on) => store.set('vendors', v.id, on)} />}
        {v.legIntPurposes.length > 0 && <Control of={uid} uid={uid + 'o'} label={t.object} on={draft.value.vendorLi[v.id] === false} onChange={(on) => store.set('vendorLi', v.id, !on)} />}
      </div>
      <details>
        <summary aria-label={`${t.details}: ${v.name}`}>{t.details}</summary>
        {fact(t.vendorConsent, names(data.purposes, v.purposes))}
        {fact(t.vendorLi, names(data.purposes, v.legIntPurposes))}
        {fact(t.specialPurposes, names(data.specialPurposes, v.specialPurposes))}
        {fact(t.features, names(data.features, v.features))}
        {fact(t.specialFeaturesTitle, names(data.specialFeatures, v.specialFeatures))}
        {fact(t.retention, retention.join('; '))}
        {age !== undefined && fact(t.cookieAge, age === null || age <= 0 ? t.session : days(Math.ceil(age / 86400)))}
        {v.usesNonCookieAccess && <p>{t.otherStorage}</p>}
        <p>
          {v.privacyUrl && (
            <a class="sec" href={v.privacyUrl} aria-label={`${t.vendorPolicy}: ${v.name}`}>
              {t.vendorPolicy}
            </a>
          )}
          {v.legIntClaimUrl && ' · '}
          {v.legIntClaimUrl && (
            <a class="sec" href={v.legIntClaimUrl} aria-label={`${t.liClaim}: ${v.name}`}>
              {t.liClaim}
            </a>
          )}
        </p>
      </details>
    </li>
  );
}
