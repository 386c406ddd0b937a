import { matchCookie, matchHost } from './match';
import { type CatalogueServiceConfig } from './service-config';
import type { CatalogueEntry } from './types';
export type { CatalogueCookie, CatalogueEntry, CookieLifetime } from './types';
export type { CatalogueServiceConfig } from './service-config';
export { matchCookie, matchHost };
/** The partner catalogue, keyed by id. */
export declare const services: Record<string, CatalogueEntry>;
/** The entry a request URL belongs to; where two entries match, the one with the longer host and path. */
export declare function findService(url: string): CatalogueEntry | undefined;
/** The entry that sets a cookie of this name; an exact name wins over a pattern. */
export declare function findCookie(cookieName: string): CatalogueEntry | undefined;
/**
 * The entry as it goes into a Consentry config's `services`:
 * `services: { 'google-analytics': toServiceConfig(services['google-analytics']) }`.
 * Path-prefixed hosts become their bare host name when no other entry shares that host, else they are left
 * out (Consentry's blocker matches host names only).
 */
export declare function toServiceConfig(entry: CatalogueEntry): CatalogueServiceConfig;
