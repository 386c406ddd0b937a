import type { Catalogue, Lifetime, PageResult, Report } from './scan';
export const UNKNOWN: 'unknown—choose';
export function lifetimeOf(expires: string, now: number): Lifetime;
export function suggestConfig(pages: PageResult[], catalogue?: Catalogue, now?: number): Report['suggestedConfig'];
