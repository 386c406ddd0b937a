import { catalogue } from './catalogue';
import { cookiePattern, hostScore, matchCookie, matchHost } from './match';
import { serviceConfigIn, type CatalogueServiceConfig } from './service-config';
import type { CatalogueEntry } from './types';

export type { CatalogueCookie, CatalogueEntry, CookieLifetime } from './types';
export type { CatalogueServiceConfig } from './service-config';
export { matchCookie, matchHost };

/** The partner catalogue, keyed by id. */
export const services: Record<string, CatalogueEntry> = Object.fromEntries(catalogue.map((e) => [e.id, e]));

/** The entry a request URL belongs to; where two entries match, the one with the longer host and path. */
export function findService(url: string): CatalogueEntry | undefined {
  let found: CatalogueEntry | undefined;
  let best = 0;
  for (const entry of catalogue) {
    const score = hostScore(entry, url);
    if (score > best) [found, best] = [entry, score];
  }
  return found;
}

/** The entry that sets a cookie of this name; an exact name wins over a pattern. */
export function findCookie(cookieName: string): CatalogueEntry | undefined {
  return (
    catalogue.find((e) => e.cookies.some((c) => !cookiePattern(c.name) && c.name == cookieName)) ||
    catalogue.find((e) => matchCookie(e, cookieName))
  );
}

/**
 * The entry as it goes into a Consentry config's `services`:
 * `services: { 'google-analytics': toServiceConfig(services['google-analytics']) }`.
 * Path-prefixed hosts become their bare host name when no other entry shares that host, else they are left
 * out (Consentry's blocker matches host names only).
 */
export function toServiceConfig(entry: CatalogueEntry): CatalogueServiceConfig {
  return serviceConfigIn(catalogue, entry);
}
