import type { ConsentModeConfig, ConsentModeType } from '../shared/types';
import { pushTo } from './events';
import { TCF } from '../shared/build-flags';
import { tcfLink } from '../tcf/gate-link';

type Gtag = (...args: unknown[]) => void;

const DEFAULT_MAP: Record<ConsentModeType, string> = {
  ad_storage: 'advertising',
  ad_user_data: 'advertising',
  ad_personalization: 'advertising',
  analytics_storage: 'analytics',
  functionality_storage: 'preferences',
  personalization_storage: 'preferences',
  security_storage: '',
};

/**
 * Google Consent Mode v2. Uses the page's own `gtag` when it has one; otherwise defines the standard
 * one, which pushes its `arguments` object (gtag.js ignores plain arrays).
 */
export function createConsentMode(config: ConsentModeConfig, dataLayer: string) {
  const w = window as unknown as { gtag?: Gtag };
  const gtag: Gtag = (w.gtag ||= function () {
    // eslint-disable-next-line prefer-rest-params
    pushTo(dataLayer, arguments);
  });
  const map: Record<string, string | string[]> = { ...DEFAULT_MAP, ...config.map };
  const state = (allowed: (id: string) => boolean, granted?: ConsentModeType[]) => {
    const out: Record<string, string> = {};
    for (const type in map) {
      const ids = ([] as string[]).concat(map[type]);
      const on = granted ? granted.indexOf(type as ConsentModeType) >= 0 : ids.every((id) => id && allowed(id));
      out[type] = type == 'security_storage' || on ? 'granted' : 'denied';
    }
    return out;
  };

  for (const { region, granted } of config.regions || []) {
    gtag('consent', 'default', { ...state(() => false, granted), region });
  }
  gtag('consent', 'default', { ...state(() => false), wait_for_update: config.waitForUpdate ?? 500 });
  if (config.adsDataRedaction !== undefined) gtag('set', 'ads_data_redaction', config.adsDataRedaction);
  if (config.urlPassthrough !== undefined) gtag('set', 'url_passthrough', config.urlPassthrough);

  return (allowed: (id: string) => boolean) => gtag('consent', 'update', TCF ? { ...state(allowed), ...tcfLink.consentMode() } : state(allowed));
}
