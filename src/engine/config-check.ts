import type { CookieSpec } from '../shared/types';
import { isObject, MAX_DAYS } from '../shared/config';
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

/**
 * The full diagnostics of a site owner's config: one message per mistake, naming the field and what it must
 * be. Any mistake makes the config unusable, so that nothing non-essential runs until it is fixed.
 */
export function checkConfig(input: unknown): string[] {
  const problems: string[] = [];
  /** Reports `field` unless `ok`; returns ok. */
  const need = (ok: unknown, field: string, fix: string) => ok || !problems.push(`${field} must be ${fix}`);
  /** Checks the fields of `o` named in `spec`; `required` ones must be present. Returns whether `o` is usable. */
  const fields = (o: unknown, path: string, spec: Spec, required?: boolean) =>
    (o === undefined && !required) ||
    (need(isObject(o), path, KINDS.o[1]) &&
      Object.keys(spec).every((key) => {
        const v = (o as Obj)[key];
        const [test, fix] = KINDS[spec[key]];
        return (v === undefined && !required) || need(test(v), `${path}.${key}`, fix);
      }));

  if (!fields(input, 'config', { policy: 'o', categories: 'o' }, true)) return problems;
  const c = input as Obj;
  const { categories } = c;
  fields(c.policy, 'config.policy', { url: 's', revision: 's' }, true);
  need(Object.keys(categories).length, 'config.categories', 'a non-empty object: { necessary: { required: true }, analytics: {} }');
  for (const id in categories) fields(categories[id], 'config.categories.' + id, { required: 'b', sale: 'b', reload: 'b', policyAnchor: 's' });

  const services: Obj = c.services || {};
  if (fields(c.services, 'config.services', {})) {
    for (const id in c.services) {
      const svc = c.services[id];
      const path = 'config.services.' + id;
      if (!fields(svc, path, { hosts: 'a', policyAnchor: 's' })) continue;
      need(!categories[id], path, 'renamed: a category has the same id');
      need(isObject(categories[svc.category]), path + '.category', 'one of: ' + Object.keys(categories).join(', '));
      if (need(!svc.cookies || Array.isArray(svc.cookies), path + '.cookies', "an array such as ['_ga', '/^_ga_/']")) {
        (svc.cookies || []).forEach((entry: unknown, i: number) => {
          const spec = (isString(entry) ? { name: entry } : entry) as CookieSpec;
          const at = `${path}.cookies[${i}]`;
          if (!fields(spec, at, { name: 's' }) || !need(spec.name, at + '.name', KINDS.s[1])) return;
          const life = spec.lifetime;
          need(
            life === undefined || isString(life) || (isObject(life) && Object.keys(life).length == 1 && /^(minute|hour|day|month|year)s$/.test(Object.keys(life)[0]) && Object.values(life)[0] >= 0),
            at + '.lifetime',
            'text, or one of minutes, hours, days, months, years: { months: 13 }',
          );
          try {
            cookiePattern(spec.name);
          } catch {
            need(0, at, `a cookie name or a valid /regex/ ('${spec.name}' is not)`);
          }
        });
      }
    }
  }

  const cookie: Obj = c.cookie || {};
  if (fields(c.cookie, 'config.cookie', { name: 's', domain: 's', days: 'n' }) && cookie.name) {
    need(/^[\w-]+$/.test(cookie.name), 'config.cookie.name', 'letters, digits, - and _ only');
  }
  if (cookie.days > MAX_DAYS) warn(`config.cookie.days ${cookie.days} is over 13 months; ${MAX_DAYS} is used`);
  need(!c.mode || /^opt-(in|out)$/.test(c.mode), 'config.mode', "'opt-in' or 'opt-out'");
  need(c.dataLayer === undefined || c.dataLayer === false || (isString(c.dataLayer) && /^[A-Za-z_$][\w$]*$/.test(c.dataLayer)), 'config.dataLayer', "a global variable name such as 'dataLayer', or false");
  fields(c, 'config', { gpc: 'b', nonce: 's', blocking: 'b' });
  fields(c.ui, 'config.ui', { src: 's' });
  if (c.receipts !== undefined) fields(c.receipts, 'config.receipts', { endpoint: 's' }, true);

  const cm = c.consentMode;
  if (cm !== false && fields(cm, 'config.consentMode', { waitForUpdate: 'n', adsDataRedaction: 'b', urlPassthrough: 'b' }) && cm) {
    if (fields(cm.map, 'config.consentMode.map', {})) {
      for (const type in cm.map) {
        need([].concat(cm.map[type]).every((id) => categories[id] || services[id]), 'config.consentMode.map.' + type, 'category or service ids of this config');
      }
    }
    need(!cm.regions || (Array.isArray(cm.regions) && cm.regions.every((r: Obj) => isObject(r) && isStrings(r.region) && isStrings(r.granted))),
      'config.consentMode.regions', "[{ region: ['US-CA'], granted: ['analytics_storage'] }]");
  }
  return problems;
}
