import Cookies from 'js-cookie';
import type { ResolvedConfig } from '../../shared/types';
import { removeCookie, writeCookie } from '../../engine/cookie-store';

/** The TC string's first-party cookie, by the name CMPs use for TCF v2 strings. */
export const TC_COOKIE = 'euconsent-v2';
/** Google's Additional Consent string (https://support.google.com/admanager/answer/9681920). */
export const AC_COOKIE = 'addtl_consent';

export const readCookie = (name: string): string | undefined => Cookies.get(name);

/** Same attributes and lifetime as Consentry's own cookie: path /, SameSite=Lax, Secure on https. */
export function writeTcCookies(cfg: ResolvedConfig, tcString: string, ac: string | null): boolean {
  const { domain, days } = cfg.cookie;
  const ok = writeCookie(TC_COOKIE, tcString, { domain, days });
  if (ac) writeCookie(AC_COOKIE, ac, { domain, days });
  else removeCookie(AC_COOKIE, domain);
  return ok;
}
