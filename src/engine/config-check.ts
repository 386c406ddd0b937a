import type { CookieSpec, ResolvedConfig } from '../shared/types';
import { isObject, MAX_DAYS, reserved } from '../shared/config';
import { consentModeMap } from '../shared/consent-mode-map';
import { cookiePattern } from './cookie-store';
import { warn } from '../shared/log';
import { REGION, RULES } from '../shared/rules';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const isString = (v: unknown): v is string => typeof v == 'string' && v != '';
const isStrings = (v: unknown) => Array.isArray(v) && v.every(isString);
/** An e-mail address or an https URL. */
const isContact = (v: unknown) => isString(v) && (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(v) || /^https:\/\/[^\s/]+\.[^\s]*$/.test(v));
const COUNTRY = /^[A-Z]{2}$/i;

/** What each kind of field must be, and how the error message says it. */
const KINDS = {
  s: [isString, 'a non-empty string'],
  b: [(v: unknown) => typeof v == 'boolean', 'true or false'],
  o: [isObject, 'an object'],
  n: [(v: unknown) => typeof v == 'number' && v >= 0, 'a number, 0 or more'],
  a: [isStrings, 'an array of strings'],
} as const;
type Spec = Record<string, keyof typeof KINDS>;

/** A value as the site owner wrote it, for a message: `'yes'`, `5`, `/^_ga_/`, `missing`. */
function written(v: unknown): string {
  if (v === undefined) return 'missing';
  if (typeof v == 'function' || v instanceof RegExp) return String(v);
  try {
    const text = JSON.stringify(v);
    return text.length > 60 ? text.slice(0, 57) + '...' : text;
  } catch {
    return String(v);
  }
}

/**
 * The full diagnostics of a site owner's config: one message per mistake, naming the field, what was written
 * and what to write instead. Any mistake makes the config unusable, so that nothing non-essential runs until
 * it is fixed. What merely has no effect is a warning.
 */
export function checkConfig(input: unknown): string[] {
  const problems: string[] = [];
  /** Reports `field` unless `ok`, with the value written there when one is given; returns ok. */
  const need = (ok: unknown, field: string, fix: string, ...value: unknown[]) =>
    ok || !problems.push(`${field} must be ${fix}` + (value.length ? ` (it is ${written(value[0])})` : ''));
  /** Ids of `o` that are its own, warning about those every object has (`constructor`, `__proto__`). */
  const ids = (o: Obj, path: string) =>
    Object.keys(o).filter((id) => !reserved(id) || (warn(`${path}.${id} is ignored: '${id}' names what every object has; choose another id`), false));
  /** Checks the fields of `o` named in `spec`; `required` ones must be present. Returns whether `o` is usable. */
  const fields = (o: unknown, path: string, spec: Spec, required?: boolean) =>
    (o === undefined && !required) ||
    (need(isObject(o), path, KINDS.o[1]) &&
      Object.keys(spec).every((key) => {
        const v = (o as Obj)[key];
        const [test, fix] = KINDS[spec[key]];
        return (v === undefined && !required) || need(test(v), `${path}.${key}`, fix, v);
      }));

  if (input === undefined) return ['window.consentryConfig must be set before consentry.js: <script>window.consentryConfig = { policy: {...}, categories: {...} }</script>'];
  if (!need(isObject(input), 'config', KINDS.o[1], input) || !fields(input, 'config', { policy: 'o', categories: 'o' }, true)) return problems;
  const c = input as Obj;
  const { categories } = c;
  fields(c.policy, 'config.policy', { url: 's', revision: 's' }, true);
  need(Object.keys(categories).length, 'config.categories', 'a non-empty object: { necessary: { required: true }, analytics: {} }');
  for (const id of ids(categories, 'config.categories')) fields(categories[id], 'config.categories.' + id, { required: 'b', sale: 'b', reload: 'b', policyAnchor: 's', personalization: 'b' });
  /** `{ name, contact }` of a controller or a recipient. */
  const party = (o: Obj | undefined, path: string) =>
    fields(o, path, { name: 's', contact: 's' }, true) &&
    need(isContact(o!.contact), path + '.contact', "an e-mail address or an https URL ('privacy@example.com', 'https://example.com/privacy')", o!.contact);
  const country = (v: unknown, path: string, example: string) =>
    need(v === undefined || (isString(v) && COUNTRY.test(v)), path + '.country', `an ISO 3166-1 alpha-2 code such as '${example}'`, v);

  const services: Obj = c.services || {};
  if (fields(c.services, 'config.services', {})) {
    for (const id of ids(services, 'config.services')) {
      const svc = c.services[id];
      const path = 'config.services.' + id;
      if (!fields(svc, path, { hosts: 'a', policyAnchor: 's', personalized: 'b' })) continue;
      if (svc.recipient !== undefined) party(svc.recipient, path + '.recipient');
      country(svc.country, path, 'US');
      need(!categories[id], path, 'renamed: a category has the same id');
      need(typeof svc.category == 'string' && !reserved(svc.category) && isObject(categories[svc.category]), path + '.category', 'one of: ' + Object.keys(categories).join(', '), svc.category);
      if (need(!svc.cookies || Array.isArray(svc.cookies), path + '.cookies', "an array such as ['_ga', /^_ga_/]", svc.cookies)) {
        (svc.cookies || []).forEach((entry: unknown, i: number) => {
          // A name, a pattern as a RegExp (`/^_ga_/`, as vanilla-cookieconsent and Klaro configs write it) or as text.
          const spec = (isString(entry) || entry instanceof RegExp ? { name: entry } : entry) as CookieSpec;
          const at = `${path}.cookies[${i}]`;
          const name = spec?.name;
          if (!need(isObject(spec), at, "a cookie name, a pattern such as /^_ga_/, or { name, lifetime }", entry)) return;
          if (!need(isString(name) || name instanceof RegExp, at + '.name', "a cookie name or a pattern such as /^_ga_/", name)) return;
          const life = spec.lifetime;
          need(
            life === undefined || isString(life) || (isObject(life) && Object.keys(life).length == 1 && /^(minute|hour|day|month|year)s$/.test(Object.keys(life)[0]) && Object.values(life)[0] >= 0),
            at + '.lifetime',
            'text, or one of minutes, hours, days, months, years: { months: 13 }',
            life,
          );
          try {
            cookiePattern(name);
          } catch {
            need(0, at, `a cookie name or a valid /regex/ ('${name}' is not)`);
          }
        });
      }
    }
  }

  const cookie: Obj = c.cookie || {};
  if (fields(c.cookie, 'config.cookie', { name: 's', domain: 's', days: 'n' }) && cookie.name) {
    need(/^[\w-]+$/.test(cookie.name), 'config.cookie.name', 'letters, digits, - and _ only', cookie.name);
  }
  if (cookie.days > MAX_DAYS) warn(`config.cookie.days ${cookie.days} is over 13 months; ${MAX_DAYS} is used`);
  need(!c.mode || /^opt-(in|out)$/.test(c.mode), 'config.mode', "'opt-in' or 'opt-out'", c.mode);
  need(c.dataLayer === undefined || c.dataLayer === false || (isString(c.dataLayer) && /^[A-Za-z_$][\w$]*$/.test(c.dataLayer)), 'config.dataLayer', "a global variable name such as 'dataLayer', or false", c.dataLayer);
  fields(c, 'config', { gpc: 'b', nonce: 's', blocking: 'b' });
  fields(c.ui, 'config.ui', { src: 's' });
  if (c.receipts !== undefined) fields(c.receipts, 'config.receipts', { endpoint: 's' }, true);

  checkRules(c, need, fields);
  if (c.controller !== undefined && party(c.controller, 'config.controller') && fields(c.controller, 'config.controller', { address: 's' })) {
    country(c.controller.country, 'config.controller', 'CN');
  }
  fields(c.minors, 'config.minors', { age: 'n', guardianUrl: 's' });

  const cm = c.consentMode;
  if (cm !== false && fields(cm, 'config.consentMode', { waitForUpdate: 'n', adsDataRedaction: 'b', urlPassthrough: 'b' }) && cm) {
    if (fields(cm.map, 'config.consentMode.map', {})) {
      for (const type in cm.map) {
        need([].concat(cm.map[type]).every((id) => categories[id] || services[id]), 'config.consentMode.map.' + type, 'category or service ids of this config', cm.map[type]);
      }
    }
    need(!cm.regions || (Array.isArray(cm.regions) && cm.regions.every((r: Obj) => isObject(r) && isStrings(r.region) && isStrings(r.granted))),
      'config.consentMode.regions', "[{ region: ['US-CA'], granted: ['analytics_storage'] }]", cm.regions);
  }
  return problems;
}

type Need = (ok: unknown, field: string, fix: string, ...value: unknown[]) => unknown;

/** `region` and `rules`: which rule set applies where. */
function checkRules(c: Obj, need: Need, fields: (o: unknown, path: string, spec: Spec, required?: boolean) => unknown) {
  const { region, rules } = c;
  // A region the server could not tell (empty, Cloudflare's 'XX') is no mistake: the default rule applies.
  if (region !== undefined && !(typeof region == 'string' && REGION.test(region.trim().toUpperCase()))) {
    warn(`config.region ${JSON.stringify(region)} is not an ISO 3166 code such as 'CN' or 'US-CA'; the default rule applies`);
  }
  if (rules === undefined || !fields(rules, 'config.rules', {})) return;
  const names = RULES.map((r) => `'${r}'`).join(', ');
  for (const code in rules) {
    need(code == 'default' || REGION.test(code), 'config.rules', "keyed by ISO 3166 codes in upper case such as 'CN', 'US-CA', or 'default'", code);
    need(RULES.indexOf(rules[code]) >= 0, `config.rules.${code}`, 'one of ' + names, rules[code]);
  }
  if (!('default' in rules)) warn("config.rules has no 'default': visitors of other regions get 'gdpr'");
  if (c.mode !== undefined) warn('config.mode is ignored: config.rules decides by region');
  if (isObject(c.consentMode) && c.consentMode.regions) warn("config.consentMode.regions is ignored: Consent Mode's region defaults follow config.rules");
  if (Object.values(rules).indexOf('pipl') >= 0) {
    need(isObject(c.controller), 'config.controller', "{ name, contact } under the 'pipl' rule, which names who handles personal information (PIPL art. 17)", c.controller);
  }
}

/**
 * Consent Mode types that no id of the config grants stay denied for ever: the ad signals follow the categories
 * marked `sale`, the others the usual category names, unless `consentMode.map` says otherwise.
 */
export function warnUngrantedSignals(cfg: ResolvedConfig): void {
  if (!cfg.consentMode) return;
  const map = consentModeMap(cfg);
  const none = (Object.keys(map) as Array<keyof typeof map>).filter(
    (type) => type != 'security_storage' && !map[type].some((id) => cfg.categories[id] || cfg.services[id]),
  );
  const ads = none.filter((type) => type.startsWith('ad_'));
  if (ads.length) {
    warn(
      `no category grants ${ads.join(', ')}, so Google's ad tags always see them denied: mark the category that sells or shares data for advertising with sale: true ` +
        `(categories: { marketing: { sale: true } }), or name it in consentMode.map (map: { ad_storage: 'marketing', ... })`,
    );
  }
  if (none.indexOf('analytics_storage') >= 0) warn("no category grants analytics_storage (it stays denied): name yours in consentMode.map, e.g. map: { analytics_storage: 'statistics' }");
}
