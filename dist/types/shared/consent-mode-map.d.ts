import type { ConsentModeType, ResolvedConfig } from './types';
/**
 * Which ids grant each Consent Mode type: the ad signals follow the categories marked `sale` (what GPC and
 * opt-out mode hold back, so that the two cannot disagree), the others the categories of the usual names;
 * `consentMode.map` overrides any of them. A type with no id stays denied.
 */
export declare function consentModeMap(cfg: ResolvedConfig): Record<ConsentModeType, string[]>;
