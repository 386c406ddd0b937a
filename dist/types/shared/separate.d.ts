import type { ResolvedConfig } from './types';
/**
 * Whether a service needs its own consent: under the `pipl` rule, one that provides personal information to
 * another handler (`recipient`) or abroad (a `country` other than the controller's, PIPL arts. 23 and 39).
 * "Accept all" never gives it.
 */
export declare function needsSeparate(cfg: ResolvedConfig, id: string): boolean;
