import Cookies from 'js-cookie';
import type { CookieSpec } from '../shared/types';

export interface CookieOptions {
  domain?: string;
  days: number;
}

const attributes = (domain?: string, days?: number): Cookies.CookieAttributes => ({
  path: '/',
  sameSite: 'Lax',
  secure: location.protocol == 'https:',
  domain,
  expires: days,
});

/** `'/^_ga_/'` or `/^_ga_/` → RegExp; a plain name → null; a broken pattern throws. */
export function cookiePattern(name: string | RegExp): RegExp | null {
  if (name instanceof RegExp) return name;
  const m = /^\/(.+)\/([a-z]*)$/.exec(name);
  return m ? new RegExp(m[1], m[2]) : null;
}

/** Writes the consent cookie; false when the browser refused it (cookies blocked). */
export function writeCookie(name: string, value: string, { domain, days }: CookieOptions): boolean {
  try {
    Cookies.set(name, value, attributes(domain, days));
    return Cookies.get(name) === value;
  } catch {
    return false;
  }
}

/** The current host and each parent domain: `a.shop.example.com` → itself, `shop.example.com`, `example.com`. */
function domains(): Array<string | undefined> {
  const parts = location.hostname.split('.');
  const list: Array<string | undefined> = [undefined];
  for (let i = 0; i < parts.length - 1; i++) list.push(parts.slice(i).join('.'));
  return list;
}

export const readCookie = (name: string): string | undefined => Cookies.get(name);

export const removeCookie = (name: string, domain?: string): void => Cookies.remove(name, attributes(domain));

/** Deletes the named cookies (names or `/regex/` patterns) on this host and its parent domains, path `/`. */
export function deleteCookies(specs: CookieSpec[]): void {
  if (!specs.length) return;
  const tests = specs.map(({ name }) => {
    try {
      return cookiePattern(name) || name;
    } catch {
      return name;
    }
  });
  for (const name in Cookies.get()) {
    if (tests.some((t) => (typeof t == 'string' ? t == name : t.test(name)))) {
      for (const domain of domains()) Cookies.remove(name, attributes(domain));
    }
  }
}
