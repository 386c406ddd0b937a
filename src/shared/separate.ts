import type { ResolvedConfig } from './types';
import { isObject } from './config';

/**
 * Whether a service needs its own consent: under the `pipl` rule, one that provides personal information to
 * another handler (`recipient`) or abroad (a `country` other than the controller's, PIPL arts. 23 and 39).
 * "Accept all" never gives it.
 */
export function needsSeparate(cfg: ResolvedConfig, id: string): boolean {
  const svc = cfg.services[id];
  if (cfg.rule != 'pipl' || !svc) return false;
  const home = String(cfg.controller?.country || '').toUpperCase();
  return isObject(svc.recipient) || (typeof svc.country == 'string' && svc.country.toUpperCase() != home);
}
