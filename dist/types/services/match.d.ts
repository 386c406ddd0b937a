import type { CatalogueEntry } from './types';
/** A `/regex/flags` cookie name as a RegExp; null for a plain name. */
export declare function cookiePattern(name: string): RegExp | null;
/** `host/path` split at the first `/`: `www.google.com/maps` → `['www.google.com', '/maps']`. */
export declare function splitHost(entry: string): [host: string, path: string];
/** Whether `path` lies under `prefix`, segment by segment (a prefix ending in `/` matches anything after it). */
export declare function underPath(path: string, prefix: string): boolean;
/**
 * How specifically `entry` claims `url`: 0 when it does not, else the length of the matching host and path
 * prefix, so that `www.google.com/maps` is preferred to a bare `google.com`.
 */
export declare function hostScore(entry: CatalogueEntry, url: string): number;
/** A request URL belongs to the entry: its host is a listed host or a subdomain of one, under the listed path. */
export declare function matchHost(entry: CatalogueEntry, url: string): boolean;
/** The cookie name is one the entry lists, by exact name or by pattern. */
export declare function matchCookie(entry: CatalogueEntry, cookieName: string): boolean;
