import type { CookieSpec } from '../shared/types';
export interface CookieOptions {
    domain?: string;
    days: number;
}
/** `'/^_ga_/'` or `/^_ga_/` → RegExp; a plain name → null; a broken pattern throws. */
export declare function cookiePattern(name: string | RegExp): RegExp | null;
/** Writes the consent cookie; false when the browser refused it (cookies blocked). */
export declare function writeCookie(name: string, value: string, { domain, days }: CookieOptions): boolean;
export declare const readCookie: (name: string) => string | undefined;
export declare const removeCookie: (name: string, domain?: string) => void;
/** Deletes the named cookies (names or `/regex/` patterns) on this host and its parent domains, path `/`. */
export declare function deleteCookies(specs: CookieSpec[]): void;
