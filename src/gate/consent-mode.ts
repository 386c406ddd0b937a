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

  const defaults = (on: (type: ConsentModeType, ids: string[]) => unknown, region?: string[]) =>
    gtag('consent', 'default', { ...state(on), ...(region && { region }), wait_for_update: wait });
  // With `rules` the defaults follow the rule in force here, as the gate does: Google's own region guess could
  // grant what the gate holds back.
  if (!cfg.rules) for (const { region, granted } of config.regions || []) defaults((type) => granted.indexOf(type) >= 0, region);
  defaults(() => 0);
  if (config.adsDataRedaction !== undefined) gtag('set', 'ads_data_redaction', config.adsDataRedaction);
  if (config.urlPassthrough !== undefined) gtag('set', 'url_passthrough', config.urlPassthrough);

  // Personalised advertising also needs the personalised use of the categories that offer the choice.
  return (allowed: (id: string) => boolean, personalized: Record<string, boolean>) => {
    const update = state((type, ids) => ids.length && ids.every((id) => allowed(id) && (type != 'ad_personalization' || personalized[id] !== false)));
    gtag('consent', 'update', TCF ? { ...update, ...tcfLink.consentMode() } : update);
  };
}
