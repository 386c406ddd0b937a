import type { GVL } from '@iabtechlabtcf/core';
import type { GoogleAtp, TcfConfig } from '../types';
import { error } from '../../shared/log';

/** What this site asks for: the vendors on the GVL it works with, and the purposes and features they declare. */
export interface Scope {
  vendors: number[];
  /** Purposes asked for on consent. */
  purposes: number[];
  /** Purposes on legitimate interest (vendors' or the publisher's), which the visitor may object to. */
  liPurposes: number[];
  specialPurposes: number[];
  features: number[];
  specialFeatures: number[];
  /** Publisher purposes on legitimate interest. */
  publisherLi: number[];
  atp: GoogleAtp[];
}

const sorted = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b);

/**
 * The scope from the config and the vendor list. Vendors the list does not have (or marks deleted) are left
 * out with a console error: they cannot be disclosed, so they get no signal.
 */
export function scopeOf(gvl: GVL, tcf: TcfConfig): Scope {
  const vendors = tcf.vendors.filter((id) => {
    const v = gvl.vendors[id];
    if (!v) error(`config.tcf.vendors: vendor ${id} is not on vendor list version ${gvl.vendorListVersion} (or was deleted); it is left out`);
    return !!v;
  });
  const list = vendors.map((id) => gvl.vendors[id]);
  const all = (key: 'purposes' | 'legIntPurposes' | 'flexiblePurposes' | 'specialPurposes' | 'features' | 'specialFeatures') => sorted(list.flatMap((v) => v[key] || []));
  const asked = (ids: number[]) => (tcf.purposes ? ids.filter((p) => tcf.purposes!.includes(p)) : ids);
  const publisherLi = asked(tcf.legitimateInterest || []);
  return {
    vendors,
    purposes: asked(sorted([...all('purposes'), ...all('flexiblePurposes')])),
    liPurposes: asked(sorted([...all('legIntPurposes'), ...publisherLi])),
    specialPurposes: all('specialPurposes'),
    features: all('features'),
    specialFeatures: all('specialFeatures'),
    publisherLi,
    atp: tcf.googleAtp || [],
  };
}
