import type { ResolvedConfig } from '../shared/types';
/**
 * The full diagnostics of a site owner's config: one message per mistake, naming the field, what was written
 * and what to write instead. Any mistake makes the config unusable, so that nothing non-essential runs until
 * it is fixed. What merely has no effect is a warning.
 */
export declare function checkConfig(input: unknown): string[];
/**
 * Consent Mode types that no id of the config grants stay denied for ever: the ad signals follow the categories
 * marked `sale`, the others the usual category names, unless `consentMode.map` says otherwise.
 */
export declare function warnUngrantedSignals(cfg: ResolvedConfig): void;
