import { describe, expect, it } from 'vitest';
import { consentModeFromTcf } from '../../src/tcf/consent-mode-from-tcf';
import { categoriesFromTcf } from '../../src/tcf/categories-from-tcf';
import { addtlConsent, consentedInAddtlConsent } from '../../src/tcf/addtl-consent';
import { checkTcfConfig } from '../../src/tcf/check-tcf-config';
import { cmpIdProblem } from '../../src/tcf/cmp-id';
import { pickStacks } from '../../src/tcf/cmp/view';

const on = (...ids: number[]) => Object.fromEntries(ids.map((id) => [id, true]));

describe('consentModeFromTcf (Google: implement-TCF-strings)', () => {
  it('Purpose 1 → ad_storage; 1 and 7 → ad_user_data; 3 and 4 → ad_personalization', () => {
    expect(consentModeFromTcf(on(1, 2, 3, 4, 7))).toEqual({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
    expect(consentModeFromTcf(on(1))).toEqual({ ad_storage: 'granted', ad_user_data: 'denied', ad_personalization: 'denied' });
    expect(consentModeFromTcf(on(3, 4, 7))).toEqual({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'granted' });
    expect(consentModeFromTcf(on(1, 3, 7))).toEqual({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'denied' });
  });
  it('no TCF consent on record denies all three', () => {
    expect(consentModeFromTcf(null)).toEqual({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
    expect(consentModeFromTcf({ 1: false, 3: false })).toEqual({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  });
});

describe('categoriesFromTcf', () => {
  const categories = { necessary: { required: true }, preferences: {}, analytics: {}, advertising: {} };
  it('by default advertising needs 1, 3, 4 and 7, analytics 1, 8 and 9, any other category Purpose 1', () => {
    expect(categoriesFromTcf(on(1, 3, 4, 7), categories)).toEqual({ necessary: true, preferences: true, analytics: false, advertising: true });
    expect(categoriesFromTcf(on(1, 3, 4, 8, 9), categories)).toEqual({ necessary: true, preferences: true, analytics: true, advertising: false });
    expect(categoriesFromTcf({}, categories)).toEqual({ necessary: true, preferences: false, analytics: false, advertising: false });
  });
  it('advertising is allowed exactly when every Consent Mode advertising type is granted', () => {
    for (let bits = 0; bits < 1 << 11; bits += 7) {
      const purposes: Record<number, boolean> = {};
      for (let p = 1; p <= 11; p++) purposes[p] = !!(bits & (1 << (p - 1)));
      const cm = consentModeFromTcf(purposes);
      expect(categoriesFromTcf(purposes, categories).advertising).toBe(Object.values(cm).every((v) => v == 'granted'));
    }
  });
  it('tcf.categories replaces the map', () => {
    expect(categoriesFromTcf(on(1), categories, { advertising: [1], analytics: [8] })).toMatchObject({ advertising: true, analytics: false });
  });
});

describe('Additional Consent v2', () => {
  it('is 2~consented~dv.disclosed-only, each provider once, in id order', () => {
    expect(addtlConsent([10, 1, 2, 3, 4], null)).toBe('2~~dv.1.2.3.4.10');
    expect(addtlConsent([1, 2, 3, 4, 10], on(1, 2, 3, 4, 10))).toBe('2~1.2.3.4.10~dv.');
    expect(addtlConsent([1, 2, 3, 4, 10], on(1, 10))).toBe('2~1.10~dv.2.3.4');
  });
  it('reads back what it wrote, and nothing else', () => {
    expect(consentedInAddtlConsent('2~1.10~dv.2.3')).toEqual({ 1: true, 10: true, 2: false, 3: false });
    expect(consentedInAddtlConsent('1~1.10')).toBeNull();
    expect(consentedInAddtlConsent(undefined)).toBeNull();
  });
});

describe('the TCF config check', () => {
  const good = { cmpId: 12, cmpVersion: 1, vendorListUrl: '/tcf/vendor-list.json', vendors: [10], publisherCountryCode: 'DE' };
  it('refuses a missing or unregistered CMP id, naming the field and what to write', () => {
    for (const cmpId of [0, 1, -3, 2.5, '12', undefined]) {
      expect(cmpIdProblem({ ...good, cmpId })).toMatch(/^config\.tcf\.cmpId is .*: write the id IAB Europe assigned to your registered CMP/);
    }
    expect(cmpIdProblem(undefined)).toMatch(/needs config\.tcf/);
    expect(cmpIdProblem(good)).toBe('');
  });
  it('accepts a full config and names each mistake', () => {
    expect(checkTcfConfig(good)).toEqual([]);
    expect(checkTcfConfig({ ...good, cmpVersion: -1, vendors: [], publisherCountryCode: 'Germany', legitimateInterest: [1, 7], googleAtp: [{ id: 'x' }] })).toEqual([
      'config.tcf.cmpVersion must be your CMP version, a whole number 0 or more',
      'config.tcf.vendors must be the GVL ids of your vendors, such as [755, 793]',
      "config.tcf.publisherCountryCode must be your country's two-letter code, such as 'DE'",
      'config.tcf.legitimateInterest must be purpose ids among 2 and 7 to 11 (purposes 1 and 3 to 6 need consent)',
      "config.tcf.googleAtp must be Google ATP providers, such as [{ id: 89, name: 'Meta', policyUrl: 'https://…' }]",
    ]);
    expect(checkTcfConfig({ ...good, vendorListUrl: 'javascript:alert(1)' })).toHaveLength(1);
  });
});

describe('pickStacks', () => {
  const stacks = {
    1: { id: 1, name: 'geo', description: '', purposes: [], specialFeatures: [1, 2] },
    42: { id: 42, name: 'all', description: '', purposes: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], specialFeatures: [] },
    43: { id: 43, name: 'ads', description: '', purposes: [2, 3, 4, 7, 9], specialFeatures: [] },
    44: { id: 44, name: 'ads small', description: '', purposes: [2, 7], specialFeatures: [] },
  };
  it('names what is asked with stacks wholly inside it, largest first, each adding something', () => {
    expect(pickStacks(stacks, [1, 2, 3, 4, 7, 8, 9], [1, 2]).map((s) => s.id)).toEqual([43, 1]);
    expect(pickStacks(stacks, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], []).map((s) => s.id)).toEqual([42]);
    expect(pickStacks(stacks, [1], [])).toEqual([]);
  });
});
