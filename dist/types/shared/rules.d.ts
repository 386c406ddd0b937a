import type { Mode, Rule } from './types';
export declare const RULES: Rule[];
/** An ISO 3166 code as Consent Mode writes regions: `CN`, `US-CA`. */
export declare const REGION: RegExp;
/** The region as the config gives it, upper case; '' when it is missing or not an ISO 3166 code. */
export declare const regionOf: (v: unknown) => string;
/**
 * The rule set in force: the region's own (`US-CA`), then its country's (`US`), then `default`. Without
 * `rules`, `mode` says it as before (`opt-out`: `us`). An unknown rule name is read as `gdpr`: opt-in, safe
 * anywhere.
 */
export declare function ruleFor(rules: unknown, region: string, mode: unknown): Rule;
/** Rules whose defaults run before a decision: a record made under them is not consent under the others. */
export declare const optOut: (rule: Rule) => boolean;
export declare const modeOf: (rule: Rule) => Mode;
