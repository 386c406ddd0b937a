import type { CookieSpec, ResolvedConfig, ServiceConfig } from './types';
/** 13 months: the longest a choice may be kept (IAB TCF asks to re-confirm at least that often). */
export declare const MAX_DAYS = 396;
type Obj = Record<string, any>;
export declare const isObject: (v: unknown) => v is Obj;
/** A map without a prototype: `constructor` or `__proto__` are never ids in it. */
export declare const table: <T>() => Record<string, T>;
/** Ids that name what every object has (`constructor`, `toString`, `__proto__`): never category or service ids. */
export declare const reserved: (id: string) => boolean;
/** The cookies a service lists as specs: a name, a pattern (text or RegExp) or `{ name, lifetime }` (the gate never reads them). */
export declare const cookiesOf: (svc: ServiceConfig) => CookieSpec[];
/** The hosts a service lists, in lower case (the blocker's business: the gate never reads them). */
export declare const hostsOf: (svc: {
    hosts?: unknown;
}) => string[];
/**
 * Reads the site owner's config the way the gate needs it on every page view: defaults filled in, and every
 * doubtful value read as the safe one (`required: 'yes'` is not `true`, an unknown mode is opt-in). Null when
 * the config cannot be used at all. The full diagnostics with a message per mistake are `checkConfig`.
 */
export declare function readConfig(input: unknown): ResolvedConfig | null;
export {};
