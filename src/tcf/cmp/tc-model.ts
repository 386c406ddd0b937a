import { TCModel, TCString, type GVL, type Vector } from '@iabtechlabtcf/core';
import type { TcfChoices } from '../cmp-contract';
import type { IdFlags, TcfConfig, TcfSnapshot } from '../types';
import type { Scope } from './scope';

const flags = (vector: Vector, ids: number[]): IdFlags => Object.fromEntries(ids.map((id) => [id, vector.has(id)]));
const picked = (ids: number[], on: IdFlags) => ids.filter((id) => on[id] === true);

/**
 * A TC string of the choice, made by the IAB's own encoder: service-specific, with the Disclosed Vendors
 * segment (every vendor shown), this CMP's id and version, the publisher's country and the consent language
 * of the texts shown (the vendor list's language). `created` carries over from an earlier string.
 */
export function encodeChoices(gvl: GVL, tcf: TcfConfig, scope: Scope, c: TcfChoices, created?: Date): string {
  const m = new TCModel(gvl);
  m.cmpId = tcf.cmpId;
  m.cmpVersion = tcf.cmpVersion;
  m.publisherCountryCode = tcf.publisherCountryCode;
  m.isServiceSpecific = true;
  if (created) m.created = created;
  m.vendorsDisclosed.set(scope.vendors);
  m.purposeConsents.set(picked(scope.purposes, c.purposes));
  m.purposeLegitimateInterests.set(picked(scope.liPurposes, c.purposeLi));
  m.specialFeatureOptins.set(picked(scope.specialFeatures, c.specialFeatures));
  m.vendorConsents.set(picked(scope.vendors, c.vendors));
  m.vendorLegitimateInterests.set(picked(scope.vendors, c.vendorLi));
  m.publisherConsents.set(picked(scope.purposes, c.purposes));
  m.publisherLegitimateInterests.set(picked(scope.publisherLi, c.purposeLi));
  return TCString.encode(m);
}

/** The choice a decoded TC string holds, for the ids in scope. */
export function choicesOf(m: TCModel, scope: Scope, atp: IdFlags): TcfChoices {
  return {
    purposes: flags(m.purposeConsents, scope.purposes),
    purposeLi: flags(m.purposeLegitimateInterests, scope.liPurposes),
    specialFeatures: flags(m.specialFeatureOptins, scope.specialFeatures),
    vendors: flags(m.vendorConsents, scope.vendors),
    vendorLi: flags(m.vendorLegitimateInterests, scope.vendors),
    atp,
  };
}

/** Every switch on or off; off also objects to every legitimate interest. */
export function allChoices(scope: Scope, value: boolean, li = value): TcfChoices {
  const all = (ids: number[], v: boolean): IdFlags => Object.fromEntries(ids.map((id) => [id, v]));
  return {
    purposes: all(scope.purposes, value),
    purposeLi: all(scope.liPurposes, li),
    specialFeatures: all(scope.specialFeatures, value),
    vendors: all(scope.vendors, value),
    vendorLi: all(scope.vendors, li),
    atp: all(scope.atp.map((p) => p.id), value),
  };
}

/** A stored TC string still answers for this site: same CMP and policy, same vendor list, every vendor disclosed. */
export function isCurrent(m: TCModel, gvl: GVL, tcf: TcfConfig, scope: Scope): boolean {
  return (
    m.cmpId == tcf.cmpId &&
    +m.policyVersion == gvl.tcfPolicyVersion &&
    m.vendorListVersion == gvl.vendorListVersion &&
    scope.vendors.every((id) => m.vendorsDisclosed.has(id))
  );
}

/** `get().tcf`: the TC string with what it says, by id. */
export function snapshotOf(tcString: string, addtlConsent: string | null, scope: Scope): TcfSnapshot {
  const m = TCString.decode(tcString);
  const c = choicesOf(m, scope, {});
  return {
    tcString,
    addtlConsent,
    cmpId: +m.cmpId,
    cmpVersion: +m.cmpVersion,
    policyVersion: +m.policyVersion,
    vendorListVersion: +m.vendorListVersion,
    purposes: c.purposes,
    legitimateInterests: c.purposeLi,
    vendors: c.vendors,
    vendorLegitimateInterests: c.vendorLi,
    specialFeatures: c.specialFeatures,
  };
}
