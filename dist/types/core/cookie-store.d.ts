import type { CookieSpec } from './types';
export interface CookieOptions {
    domain?: string;
    days: number;
}
export declare const readCookie: (name: string) => string | undefined;
/** Writes the consent cookie; false when the browser refused it (cookies blocked). */
export declare function writeCookie(name: string, value: string, { domain, days }: CookieOptions): boolean;
/** Deletes the named cookies (names or `/regex/` patterns) on this host and its parent domains, path `/`. */
export declare function deleteCookies(specs: CookieSpec[]): void;
