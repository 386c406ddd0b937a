import type { ConsentModeType, ResolvedConfig } from './types';

/**
 * Which ids grant each Consent Mode type: the ad signals follow the categories marked `sale` (what GPC and
 * opt-out mode hold back, so that the two cannot disagree), the others the categories of the usual names;
 * `consentMode.map` overrides any of them. A type with no id stays denied.
 */
export function consentModeMap(cfg: ResolvedConfig): Record<ConsentModeType, string[]> {
  const sale = Object.keys(cfg.categories).filter((id) => cfg.categories[id].sale);
  const map: Record<string, string | string[]> = {
    ad_storage: sale,
    ad_user_data: sale,
    ad_personalization: sale,
    analytics_storage: 'analytics',
    functionality_storage: 'preferences',
    personalization_storage: 'preferences',
    security_storage: [],
    ...(cfg.consentMode && cfg.consentMode.map),
  };
  for (const type in map) map[type] = ([] as string[]).concat(map[type]);
  return map as Record<ConsentModeType, string[]>;
}
