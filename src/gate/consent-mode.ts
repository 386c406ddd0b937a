import type { ConsentModeType, ResolvedConfig } from '../shared/types';
import { consentModeMap } from '../shared/consent-mode-map';
import { pushTo } from './events';
import { TCF } from '../shared/build-flags';
import { tcfLink } from '../tcf/gate-link';

type Gtag = (...args: unknown[]) => void;

/**
 * Google Consent Mode v2. Uses the page's own `gtag` when it has one; otherwise defines the standard
 * one, which pushes its `arguments` object (gtag.js ignores plain arrays). Returns the update.
 */
export function createConsentMode(cfg: ResolvedConfig) {
  const config = cfg.consentMode || {};
  const w = window as unknown as { gtag?: Gtag };
  const gtag: Gtag = (w.gtag ||= function () {
    // eslint-disable-next-line prefer-rest-params
    pushTo(cfg.dataLayer || 'dataLayer', arguments);
  });
  const map = consentModeMap(cfg);
  const wait = config.waitForUpdate ?? 500;
  const state = (on: (type: ConsentModeType, ids: string[]) => unknown) => {
    const out: Record<string, string> = {};
    for (const type in map) out[type] = type == 'security_storage' || on(type as ConsentModeType, map[type as ConsentModeType]) ? 'granted' : 'denied';
    return out;
  };

  for (const { region, granted } of config.regions || []) {
    gtag('consent', 'default', { ...state((type) => granted.indexOf(type) >= 0), region, wait_for_update: wait });
  }
  gtag('consent', 'default', { ...state(() => 0), wait_for_update: wait });
  if (config.adsDataRedaction !== undefined) gtag('set', 'ads_data_redaction', config.adsDataRedaction);
  if (config.urlPassthrough !== undefined) gtag('set', 'url_passthrough', config.urlPassthrough);

  return (allowed: (id: string) => boolean) => {
    const update = state((_, ids) => ids.length && ids.every(allowed));
    gtag('consent', 'update', TCF ? { ...update, ...tcfLink.consentMode() } : update);
  };
}
