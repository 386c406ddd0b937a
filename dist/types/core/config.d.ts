import type { ResolvedConfig } from './types';
/** 13 months: the longest a choice may be kept (IAB TCF asks to re-confirm at least that often). */
export declare const MAX_DAYS = 396;
/** `'/^_ga_/'` → RegExp; a plain name → null; a broken pattern throws. */
export declare function cookiePattern(name: string): RegExp | null;
/**
 * Checks the site owner's config and fills in defaults. Each mistake is reported with its field and the
 * fix; any mistake makes the config unusable (null), so that nothing non-essential runs.
 */
export declare function resolveConfig(input: unknown): ResolvedConfig | null;
