import type { Mode, Rule } from './types';

export const RULES: Rule[] = ['gdpr', 'pipl', 'us', 'notice'];

/** An ISO 3166 code as Consent Mode writes regions: `CN`, `US-CA`. */
export const REGION = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/;

/** The region as the config gives it, upper case; '' when it is missing or not an ISO 3166 code. */
export const regionOf = (v: unknown): string => {
  const r = typeof v == 'string' ? v.trim().toUpperCase() : '';
  return REGION.test(r) ? r : '';
};

/**
 * The rule set in force: the region's own (`US-CA`), then its country's (`US`), then `default`. Without
 * `rules`, `mode` says it as before (`opt-out`: `us`). An unknown rule name is read as `gdpr`: opt-in, safe
 * anywhere.
 */
export function ruleFor(rules: unknown, region: string, mode: unknown): Rule {
  if (typeof rules != 'object' || !rules) return mode == 'opt-out' ? 'us' : 'gdpr';
  const r = rules as Record<string, Rule>;
  const pick = (region && (r[region] || r[region.split('-')[0]])) || r.default;
  return RULES.indexOf(pick) >= 0 ? pick : 'gdpr';
}

/** Rules whose defaults run before a decision: a record made under them is not consent under the others. */
export const optOut = (rule: Rule): boolean => rule == 'us' || rule == 'notice';

export const modeOf = (rule: Rule): Mode => (optOut(rule) ? 'opt-out' : 'opt-in');
