import type { GVL } from '@iabtechlabtcf/core';
import type { TcfItem, TcfStack, TcfVendorView, TcfView } from '../cmp-contract';
import type { Scope } from './scope';
import { safeUrl } from '../../shared/safe-url';

type Declared = { id: number; name: string; description: string; illustrations?: string[] };
const items = (map: Record<string, Declared> | undefined, ids: number[]): TcfItem[] =>
  ids.filter((id) => map?.[id]).map((id) => ({ id, name: map![id].name, description: map![id].description, illustrations: map![id].illustrations || [] }));

/**
 * The stacks that name the asked purposes and special features together on the first layer (TCF Policy,
 * Appendix A): each chosen stack is wholly within what is asked and adds something not yet named.
 */
export function pickStacks(stacks: Record<string, TcfStack>, purposes: number[], specialFeatures: number[]): TcfStack[] {
  const open = new Set([...purposes.map((p) => 'p' + p), ...specialFeatures.map((f) => 'f' + f)]);
  const keys = (s: TcfStack) => [...s.purposes.map((p) => 'p' + p), ...s.specialFeatures.map((f) => 'f' + f)];
  const fits = Object.values(stacks).filter((s) => keys(s).every((k) => open.has(k)));
  const chosen: TcfStack[] = [];
  for (const s of fits.sort((a, b) => keys(b).length - keys(a).length || a.id - b.id)) {
    if (keys(s).some((k) => open.has(k))) {
      chosen.push(s);
      keys(s).forEach((k) => open.delete(k));
    }
  }
  return chosen;
}

/** Links from the vendor list open only as absolute http(s) URLs. */
const httpUrl = (url: string | undefined) => (url && /^https?:/i.test(url) && safeUrl(url) ? url : undefined);

/** A vendor's link in `language` when it gives one, else English, else its first; http(s) only. */
function vendorUrl(urls: Array<{ langId: string; privacy: string; legIntClaim?: string }> | undefined, language: string, key: 'privacy' | 'legIntClaim'): string | undefined {
  const lang = language.toLowerCase();
  const list = urls || [];
  const url = (list.find((u) => u.langId?.toLowerCase() == lang) || list.find((u) => u.langId?.toLowerCase() == 'en') || list[0])?.[key];
  return httpUrl(url);
}

/** What the banner shows, from the vendor list in its current language. */
export function viewOf(gvl: GVL, scope: Scope): TcfView {
  const vendors: TcfVendorView[] = scope.vendors.map((id) => {
    const v = gvl.vendors[id];
    const r = v.dataRetention;
    return {
      id,
      name: v.name,
      purposes: [...new Set([...v.purposes, ...(v.flexiblePurposes || []).filter((p) => !v.legIntPurposes.includes(p))])],
      legIntPurposes: v.legIntPurposes,
      specialPurposes: v.specialPurposes,
      features: v.features,
      specialFeatures: v.specialFeatures,
      retention: { std: r?.stdRetention, purposes: { ...r?.purposes }, specialPurposes: { ...r?.specialPurposes } },
      privacyUrl: vendorUrl(v.urls, gvl.language, 'privacy') || httpUrl(v.policyUrl),
      legIntClaimUrl: vendorUrl(v.urls, gvl.language, 'legIntClaim'),
      cookieMaxAgeSeconds: v.usesCookies ? v.cookieMaxAgeSeconds : undefined,
      usesNonCookieAccess: !!v.usesNonCookieAccess,
    };
  });
  return {
    language: gvl.language,
    vendorListVersion: gvl.vendorListVersion,
    purposes: items(gvl.purposes, [...new Set([...scope.purposes, ...scope.liPurposes])].sort((a, b) => a - b)),
    consentPurposes: scope.purposes,
    liPurposes: scope.liPurposes,
    specialPurposes: items(gvl.specialPurposes, scope.specialPurposes),
    features: items(gvl.features, scope.features),
    specialFeatures: items(gvl.specialFeatures, scope.specialFeatures),
    stacks: pickStacks((gvl.stacks || {}) as unknown as Record<string, TcfStack>, scope.purposes, scope.specialFeatures),
    vendors,
    atp: scope.atp.map(({ id, name, policyUrl }) => ({ id, name: String(name), policyUrl: httpUrl(policyUrl) })),
  };
}
