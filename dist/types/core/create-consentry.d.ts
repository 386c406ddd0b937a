import type { ConsentryApi, ResolvedConfig } from './types';
/**
 * The consent engine behind `window.consentry` and `init()`: stored record → state → tags, Consent Mode,
 * events. `config` null means the site's config was unusable: the API answers, nothing non-essential runs,
 * and the visitor's stored choice is left untouched.
 */
export declare function createConsentry(config: ResolvedConfig | null, gateUrl?: string): ConsentryApi;
