import type { CookieSpec, ResolvedConfig } from '../shared/types';
import { isObject, MAX_DAYS, reserved } from '../shared/config';
import { consentModeMap } from '../shared/consent-mode-map';
import { cookiePattern } from './cookie-store';
import { warn } from '../shared/log';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const isString = (v: unknown): v is string => typeof v == 'string' && v != '';
const isStrings = (v: unknown) => Array.isArray(v) && v.every(isString);

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
  for (const id of ids(categories, 'config.categories')) fields(categories[id], 'config.categories.' + id, { required: 'b', sale: 'b', reload: 'b', policyAnchor: 's' });

  const services: Obj = c.services || {};
  if (fields(c.services, 'config.services', {})) {
    for (const id of ids(services, 'config.services')) {
      const svc = c.services[id];
      const path = 'config.services.' + id;
      if (!fields(svc, path, { hosts: 'a', policyAnchor: 's' })) continue;
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
