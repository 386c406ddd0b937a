import type { CookieSpec, ResolvedConfig, ResolvedService, ServiceConfig } from './types';
import { modeOf, regionOf, ruleFor } from './rules';

/** 13 months: the longest a choice may be kept (IAB TCF asks to re-confirm at least that often). */
export const MAX_DAYS = 396;

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const isObject = (v: unknown): v is Obj => typeof v == 'object' && !!v && !Array.isArray(v);

/** A map without a prototype: `constructor` or `__proto__` are never ids in it. */
export const table = <T>(): Record<string, T> => Object.create(null);

/** Ids that name what every object has (`constructor`, `toString`, `__proto__`): never category or service ids. */
export const reserved = (id: string): boolean => id in {};


/** The cookies a service lists as specs: a name, a pattern (text or RegExp) or `{ name, lifetime }` (the gate never reads them). */
export const cookiesOf = (svc: ServiceConfig): CookieSpec[] =>
  Array.isArray(svc.cookies) ? svc.cookies.map((spec) => ((spec as CookieSpec)?.name !== undefined ? (spec as CookieSpec) : { name: spec as string | RegExp })) : [];

/** The hosts a service lists, in lower case (the blocker's business: the gate never reads them). */
export const hostsOf = (svc: { hosts?: unknown }): string[] => (Array.isArray(svc.hosts) ? svc.hosts.map((h) => String(h).toLowerCase()) : []);

/**
 * Reads the site owner's config the way the gate needs it on every page view: defaults filled in, and every
 * doubtful value read as the safe one (`required: 'yes'` is not `true`, an unknown mode is opt-in). Null when
 * the config cannot be used at all. The full diagnostics with a message per mistake are `checkConfig`.
 */
export function readConfig(input: unknown): ResolvedConfig | null {
  const c = input as Obj;
  const all = (o: unknown) => isObject(o) && Object.values(o).every(isObject);
  if (!isObject(c) || !isObject(c.policy) || typeof c.policy.revision != 'string' || !all(c.categories) || !(c.services ? all(c.services) : 1)) return null;

  const ids = (o: Obj = {}) => Object.keys(o).filter((id) => !reserved(id));
  const categories = table<Obj>();
  const noSale = ids(c.categories).every((id) => c.categories[id].sale === undefined);
  for (const id of ids(c.categories)) {
    const cat = c.categories[id];
    // Without an explicit `sale` anywhere, advertising is what Global Privacy Control and opt-out mode hold back.
    categories[id] = { ...cat, required: cat.required === true, sale: !!cat.sale || (noSale && id == 'advertising') };
  }
  const services = table<ResolvedService>();
  for (const id of ids(c.services)) services[id] = c.services[id];
  const cookie = isObject(c.cookie) ? c.cookie : {};
  const days = +cookie.days > 0 ? Math.min(+cookie.days, MAX_DAYS) : 182;
  const cm = c.consentMode;
  // RegExp.test() would read undefined as the string 'undefined': test strings only.
  const matches = (v: unknown, re: RegExp) => typeof v == 'string' && re.test(v);
  const region = regionOf(c.region);
  const rule = ruleFor(c.rules, region, c.mode);
  return {
    ...c,
    categories,
    services,
    cookie: { ...cookie, name: matches(cookie.name, /^[\w-]+$/) ? cookie.name : 'consentry', days },
    mode: modeOf(rule),
    region,
    rule,
    gpc: c.gpc !== false,
    consentMode: cm === false ? false : isObject(cm) ? cm : {},
    dataLayer: c.dataLayer === false ? false : matches(c.dataLayer, /^[A-Za-z_$][\w$]*$/) ? c.dataLayer : 'dataLayer',
    ui: isObject(c.ui) ? c.ui : {},
  } as ResolvedConfig;
}
