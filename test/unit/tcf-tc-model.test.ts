import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GVL, TCString } from '@iabtechlabtcf/core';
import { scopeOf } from '../../src/tcf/cmp/scope';
import { allChoices, choicesOf, encodeChoices, isCurrent, snapshotOf } from '../../src/tcf/cmp/tc-model';
import { viewOf } from '../../src/tcf/cmp/view';

const json = () => JSON.parse(readFileSync(join(import.meta.dirname, '../../demo/tcf/vendor-list.json'), 'utf8'));
const tcf = { cmpId: 12, cmpVersion: 3, vendorListUrl: '/tcf/vendor-list.json', vendors: [10, 20, 30, 40, 99], publisherCountryCode: 'fr' };

describe('TC strings made with the IAB encoder', () => {
  const gvl = new GVL(json());
  const scope = scopeOf(gvl, tcf);

  it('the scope: vendors on the list (99 is not), the purposes they declare', () => {
    expect(scope.vendors).toEqual([10, 20, 30, 40]);
    expect(scope.purposes).toEqual([1, 2, 3, 4, 7, 8, 9]);
    expect(scope.liPurposes).toEqual([7, 9, 10]);
    expect(scope.specialFeatures).toEqual([1, 2]);
  });

  it('round trip: what is encoded decodes to the same choice, with v2.3 fields', () => {
    const choices = { ...allChoices(scope, false, true), purposes: { 1: true, 8: true }, vendors: { 20: true }, vendorLi: { 10: true, 20: false, 30: true, 40: true } };
    const tc = encodeChoices(gvl, tcf, scope, choices);
    const m = TCString.decode(tc);
    expect([m.cmpId, m.cmpVersion, +m.policyVersion, m.isServiceSpecific, m.publisherCountryCode, m.vendorListVersion]).toEqual([12, 3, 5, true, 'FR', 101]);
    expect(tc.split('.').length).toBe(3); // core, disclosed vendors, publisher TC
    expect(choicesOf(m, scope, {})).toMatchObject({ purposes: { 1: true, 2: false, 8: true }, vendors: { 10: false, 20: true }, vendorLi: { 20: false, 30: true } });
    expect(snapshotOf(tc, null, scope)).toMatchObject({ tcString: tc, purposes: { 1: true, 8: true, 9: false }, vendors: { 20: true } });
    expect(isCurrent(m, gvl, tcf, scope)).toBe(true);
  });

  it('a string of another vendor list version, CMP or vendor set is not current', () => {
    const m = TCString.decode(encodeChoices(gvl, tcf, scope, allChoices(scope, true)));
    expect(isCurrent(m, new GVL({ ...json(), vendorListVersion: 102 }), tcf, scope)).toBe(false);
    expect(isCurrent(m, gvl, { ...tcf, cmpId: 13 }, scope)).toBe(false);
    const wider = scopeOf(gvl, { ...tcf, vendors: [10, 20, 30, 40, 50] });
    expect(isCurrent(m, gvl, tcf, wider)).toBe(false);
  });

  it('the view keeps only http(s) links from the vendor list', () => {
    const view = viewOf(gvl, scope);
    expect(view.vendors.find((v) => v.id == 30)!.privacyUrl).toBeUndefined(); // javascript: in the fixture
    expect(view.vendors.find((v) => v.id == 10)).toMatchObject({ privacyUrl: 'https://vendor10.example/privacy', retention: { std: 365, purposes: { 3: 395 } } });
    expect(view.vendorListVersion).toBe(101);
  });
});
