import { cmpIdProblem } from './cmp-id';

type Obj = Record<string, unknown>;
const ints = (v: unknown, min: number, max = Infinity) => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= min && n <= max);
/** TCF v2.2 and later: these purposes may not rest on legitimate interest (consent only). */
const CONSENT_ONLY = [1, 3, 4, 5, 6];

/**
 * The full diagnostics of `config.tcf`: one message per mistake, naming the field and what to write. Any
 * mistake means no TC string is made.
 */
export function checkTcfConfig(tcf: unknown): string[] {
  const id = cmpIdProblem(tcf);
  if (id) return [id];
  const t = tcf as Obj;
  const problems: string[] = [];
  const need = (ok: unknown, field: string, fix: string) => ok || problems.push(`config.tcf.${field} must be ${fix}`);
  need(Number.isInteger(t.cmpVersion) && (t.cmpVersion as number) >= 0, 'cmpVersion', 'your CMP version, a whole number 0 or more');
  need(typeof t.vendorListUrl == 'string' && /^(https?:\/\/|\/|\.)/.test(t.vendorListUrl), 'vendorListUrl', "the URL of your own copy of vendor-list.json, such as '/tcf/vendor-list.json'");
  need(ints(t.vendors, 1) && (t.vendors as number[]).length, 'vendors', 'the GVL ids of your vendors, such as [755, 793]');
  need(typeof t.publisherCountryCode == 'string' && /^[a-z]{2}$/i.test(t.publisherCountryCode), 'publisherCountryCode', "your country's two-letter code, such as 'DE'");
  need(t.purposes === undefined || ints(t.purposes, 1, 11), 'purposes', 'TCF purpose ids 1 to 11, such as [1, 2, 7]');
  need(t.legitimateInterest === undefined || (ints(t.legitimateInterest, 1, 11) && !(t.legitimateInterest as number[]).some((p) => CONSENT_ONLY.includes(p))), 'legitimateInterest', 'purpose ids among 2 and 7 to 11 (purposes 1 and 3 to 6 need consent)');
  need(t.googleAtp === undefined || (Array.isArray(t.googleAtp) && t.googleAtp.every((p: Obj) => p && Number.isInteger(p.id) && (p.id as number) > 0 && typeof p.name == 'string')), 'googleAtp', "Google ATP providers, such as [{ id: 89, name: 'Meta', policyUrl: 'https://…' }]");
  const cats = t.categories as Obj | undefined;
  need(cats === undefined || (typeof cats == 'object' && cats && Object.values(cats).every((v) => ints(v, 1, 11))), 'categories', 'purposes per category, such as { advertising: [1, 3, 4, 7], analytics: [1, 8, 9] }');
  return problems;
}
