import type { ResolvedConfig, ResolvedService } from './types';

/** 13 months: the longest a choice may be kept (IAB TCF asks to re-confirm at least that often). */
export const MAX_DAYS = 396;

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const isObject = (v: unknown): v is Obj => typeof v == 'object' && !!v && !Array.isArray(v);

/**
 * Reads the site owner's config the way the gate needs it on every page view: defaults filled in, and every
 * doubtful value read as the safe one (`required: 'yes'` is not `true`, an unknown mode is opt-in). Null when
 * the config cannot be used at all. The full diagnostics with a message per mistake are `checkConfig`.
 */
export function readConfig(input: unknown): ResolvedConfig | null {
  const c = input as Obj;
  const all = (o: unknown) => isObject(o) && Object.values(o).every(isObject);
  if (!isObject(c) || !isObject(c.policy) || typeof c.policy.revision != 'string' || !all(c.categories) || !(c.services ? all(c.services) : 1)) return null;

  const categories: Obj = {};
  const noSale = Object.values(c.categories as Obj).every((cat) => cat.sale === undefined);
  for (const id in c.categories) {
    const cat = c.categories[id];
    // Without an explicit `sale` anywhere, advertising is what Global Privacy Control and opt-out mode hold back.
    categories[id] = { ...cat, required: cat.required === true, sale: !!cat.sale || (noSale && id == 'advertising') };
  }
  const services: Record<string, ResolvedService> = {};
  for (const id in c.services) {
    const svc = c.services[id];
    services[id] = {
      ...svc,
      cookies: Array.isArray(svc.cookies) ? svc.cookies.map((spec: unknown) => (isObject(spec) ? spec : { name: spec })) : [],
      hosts: Array.isArray(svc.hosts) ? svc.hosts.map((h: unknown) => String(h).toLowerCase()) : [],
    };
  }
  const cookie = isObject(c.cookie) ? c.cookie : {};
  const days = +cookie.days > 0 ? Math.min(+cookie.days, MAX_DAYS) : 182;
  const cm = c.consentMode;
  // RegExp.test() would read undefined as the string 'undefined': test strings only.
  const matches = (v: unknown, re: RegExp) => typeof v == 'string' && re.test(v);
  return {
    ...c,
    categories,
    services,
    cookie: { ...cookie, name: matches(cookie.name, /^[\w-]+$/) ? cookie.name : 'consentry', days },
    mode: c.mode == 'opt-out' ? 'opt-out' : 'opt-in',
    gpc: c.gpc !== false,
    consentMode: cm === false ? false : isObject(cm) ? cm : {},
    dataLayer: c.dataLayer === false ? false : matches(c.dataLayer, /^[A-Za-z_$][\w$]*$/) ? c.dataLayer : 'dataLayer',
    ui: isObject(c.ui) ? c.ui : {},
  } as ResolvedConfig;
}
