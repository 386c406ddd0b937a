import type { ConsentryConfig, CookieSpec, ResolvedConfig, ResolvedService } from './types';
import { error, warn } from './log';

/** 13 months: the longest a choice may be kept (IAB TCF asks to re-confirm at least that often). */
export const MAX_DAYS = 396;

type Test = (v: unknown) => boolean;
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const isObject = (v: unknown): v is Obj => typeof v == 'object' && !!v && !Array.isArray(v);
const isString: Test = (v) => typeof v == 'string' && v != '';
const isBool: Test = (v) => typeof v == 'boolean';
const isStrings: Test = (v) => Array.isArray(v) && v.every(isString);

/** `'/^_ga_/'` → RegExp; a plain name → null; a broken pattern throws. */
export function cookiePattern(name: string): RegExp | null {
  const m = /^\/(.+)\/([a-z]*)$/.exec(name);
  return m ? new RegExp(m[1], m[2]) : null;
}

/**
 * Checks the site owner's config and fills in defaults. Each mistake is reported with its field and the
 * fix; any mistake makes the config unusable (null), so that nothing non-essential runs.
 */
export function resolveConfig(input: unknown): ResolvedConfig | null {
  const problems: string[] = [];
  /** Reports `field` unless `ok`; returns ok. */
  const need = (ok: unknown, field: string, fix: string) => ok || !problems.push(`${field} ${fix}`);
  /** An optional field: absent, or passing `test`. */
  const may = (v: unknown, test: Test, field: string, fix: string) => v === undefined || need(test(v), field, fix);
  const flags = (o: Obj, field: string, names: string) =>
    names.split(' ').forEach((n) => may(o[n], isBool, `${field}.${n}`, 'must be true or false'));
  const text = 'must be a non-empty string';

  if (!need(isObject(input), 'config', 'must be an object with policy and categories (window.consentryConfig or init())')) return report(problems);
  const c = input as Obj;
  const categories: Obj = isObject(c.categories) ? c.categories : {};
  const services: Record<string, ResolvedService> = {};

  if (need(isObject(c.policy), 'policy', "must be an object: { url: '/privacy', revision: '2020-09-25' }")) {
    need(isString(c.policy.url), 'policy.url', `${text}: the URL of your privacy policy`);
    need(isString(c.policy.revision), 'policy.revision', `${text}: the policy's revision, such as its update date '2020-09-25'`);
  }
  need(Object.keys(categories).length, 'categories', "must be an object such as { necessary: { required: true }, analytics: {} }");
  for (const id in categories) {
    const cat = categories[id];
    const field = 'categories.' + id;
    if (!need(isObject(cat), field, 'must be an object, for example {}')) continue;
    flags(cat, field, 'required sale reload');
    may(cat.policyAnchor, isString, field + '.policyAnchor', `${text} such as '#analytics'`);
  }
  if (may(c.services, isObject, 'services', "must be an object keyed by service id: { 'site-analytics': { category: 'analytics' } }")) {
    for (const id in c.services) {
      const svc = c.services[id];
      const field = 'services.' + id;
      if (!need(isObject(svc), field, "must be an object such as { category: 'analytics' }")) continue;
      need(!(id in categories), field, 'shares its id with a category: rename one of them');
      need(isObject(categories[svc.category]), field + '.category', `must name a category: ${Object.keys(categories).join(', ')}`);
      may(svc.hosts, isStrings, field + '.hosts', "must be an array of host names such as ['connect.facebook.net']");
      may(svc.policyAnchor, isString, field + '.policyAnchor', `${text} such as '#advertising'`);
      const cookies: CookieSpec[] = [];
      if (may(svc.cookies, Array.isArray, field + '.cookies', "must be an array such as ['_ga', '/^_ga_/']")) {
        (svc.cookies || []).forEach((entry: unknown, i: number) => {
          const spec = (isString(entry) ? { name: entry } : entry) as CookieSpec;
          const at = `${field}.cookies[${i}]`;
          if (!need(isObject(spec) && isString(spec.name), at, "must be a cookie name, a '/regex/' string or { name, lifetime }")) return;
          may(spec.lifetime, isString, at + '.lifetime', `${text} such as '13 months'`);
          try {
            cookiePattern(spec.name);
            cookies.push(spec);
          } catch {
            need(0, at, `'${spec.name}' is not a valid /regex/: fix the pattern or give the plain cookie name`);
          }
        });
      }
      services[id] = { ...svc, cookies, hosts: (svc.hosts || []).map((h: string) => h.toLowerCase()) };
    }
  }

  const cookie: Obj = c.cookie || {};
  let days: number = cookie.days || 182;
  if (may(c.cookie, isObject, 'cookie', "must be an object such as { name: 'consentry', days: 182 }")) {
    may(cookie.name, (n) => isString(n) && /^[\w-]+$/.test(n as string), 'cookie.name', 'must use letters, digits, - and _ only');
    may(cookie.domain, isString, 'cookie.domain', `${text} such as 'example.com'`);
    may(cookie.days, (d) => (d as number) > 0, 'cookie.days', 'must be a positive number of days, at most 396');
    if (days > MAX_DAYS) warn(`cookie.days ${days} is over 13 months; using ${(days = MAX_DAYS)}`);
  }
  may(c.mode, (m) => m == 'opt-in' || m == 'opt-out', 'mode', "must be 'opt-in' or 'opt-out'");
  flags(c, 'config', 'gpc blocking');
  may(c.dataLayer, (d) => d === false || /^[A-Za-z_$][\w$]*$/.test(d as string), 'dataLayer', "must be a global variable name such as 'dataLayer', or false");
  may(c.nonce, isString, 'nonce', `${text}: your Content-Security-Policy nonce`);
  may(c.ui, isObject, 'ui', 'must be an object');
  may(c.ui?.src, isString, 'ui.src', `${text}: the URL of consentry-ui.js`);
  may(c.receipts, (r) => isObject(r) && isString(r.endpoint), 'receipts', "must be { endpoint: '/consent-receipts' }");

  const cm = c.consentMode;
  if (may(cm, (v) => v === false || isObject(v), 'consentMode', 'must be an object or false') && cm) {
    may(cm.waitForUpdate, (w) => (w as number) >= 0, 'consentMode.waitForUpdate', 'must be milliseconds, for example 500');
    flags(cm, 'consentMode', 'adsDataRedaction urlPassthrough');
    if (may(cm.map, isObject, 'consentMode.map', "must be an object such as { analytics_storage: 'analytics' }")) {
      for (const type in cm.map) {
        need([].concat(cm.map[type]).every((id) => id in categories || id in services), 'consentMode.map.' + type, 'must name category or service ids of this config');
      }
    }
    may(cm.regions, (r) => Array.isArray(r) && r.every((x) => isObject(x) && isStrings(x.region) && isStrings(x.granted)),
      'consentMode.regions', "must be [{ region: ['US-CA'], granted: ['analytics_storage'] }]");
  }
  if (problems.length) return report(problems);

  // Without an explicit `sale` anywhere, advertising is what Global Privacy Control and opt-out mode hold back.
  const cats = { ...categories };
  if (cats.advertising && !Object.keys(cats).some((id) => 'sale' in cats[id])) cats.advertising = { ...cats.advertising, sale: true };

  return {
    ...(c as ConsentryConfig),
    categories: cats,
    services,
    cookie: { ...cookie, name: cookie.name || 'consentry', days },
    mode: c.mode || 'opt-in',
    gpc: c.gpc !== false,
    consentMode: cm === false ? false : cm || {},
    dataLayer: c.dataLayer ?? 'dataLayer',
    ui: c.ui || {},
  };
}

function report(problems: string[]): null {
  for (const p of problems) error(`config ${p}. Until it is fixed, nothing non-essential runs.`);
  return null;
}
