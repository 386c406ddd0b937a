import type { IdFlags } from './types';

export type AdConsentMode = Record<'ad_storage' | 'ad_user_data' | 'ad_personalization', 'granted' | 'denied'>;

/**
 * The Consent Mode v2 advertising types that Google's own TCF integration derives from TCF purpose consents
 * (https://developers.google.com/tag-platform/security/guides/implement-TCF-strings, "TCF integration
 * behavior": Purpose 1 denied → ad_storage and ad_user_data denied; Purpose 3 or 4 denied → ad_personalization
 * denied; Purpose 7 denied → ad_user_data denied). Google maps no purpose to analytics_storage: it follows the
 * site's analytics category, which in turn follows `tcf.categories`.
 */
export function consentModeFromTcf(purposes: IdFlags | null | undefined): AdConsentMode {
  const p = (...ids: number[]) => (ids.every((id) => purposes?.[id] === true) ? 'granted' : 'denied');
  return { ad_storage: p(1), ad_user_data: p(1, 7), ad_personalization: p(3, 4) };
}
