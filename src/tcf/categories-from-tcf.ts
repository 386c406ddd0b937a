import type { CategoryConfig } from '../shared/types';
import type { IdFlags } from './types';

/**
 * Purposes each Consentry category needs by default. `advertising` needs exactly the purposes behind Google's
 * Consent Mode advertising types (1, 3, 4, 7), so that `allowed('advertising')` is true only when all of
 * ad_storage, ad_user_data and ad_personalization are granted; `analytics` needs storage (1), content
 * measurement (8) and audience statistics (9).
 */
export const DEFAULT_CATEGORY_PURPOSES: Record<string, number[]> = { advertising: [1, 3, 4, 7], analytics: [1, 8, 9] };

/**
 * Consentry's categories from the TCF purpose consents, so that the site's own inert tags follow the TCF
 * choice: a category is allowed when every purpose it needs has consent; a category the map does not name
 * needs Purpose 1 (storing or reading information on the device), and required categories stay on.
 */
export function categoriesFromTcf(purposes: IdFlags, categories: Record<string, CategoryConfig>, map: Record<string, number[]> = DEFAULT_CATEGORY_PURPOSES): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const id in categories) out[id] = !!categories[id].required || (map[id] || [1]).every((p) => purposes[p] === true);
  return out;
}
