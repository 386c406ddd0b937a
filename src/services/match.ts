import type { CatalogueEntry } from './types';

/** A `/regex/flags` cookie name as a RegExp; null for a plain name. */
export function cookiePattern(name: string): RegExp | null {
  const m = /^\/(.+)\/([a-z]*)$/.exec(name);
  return m ? new RegExp(m[1], m[2]) : null;
}

/** `host/path` split at the first `/`: `www.google.com/maps` → `['www.google.com', '/maps']`. */
export function splitHost(entry: string): [host: string, path: string] {
  const i = entry.indexOf('/');
  return i < 0 ? [entry.toLowerCase(), ''] : [entry.slice(0, i).toLowerCase(), entry.slice(i)];
}

/** Whether `path` lies under `prefix`, segment by segment (a prefix ending in `/` matches anything after it). */
export function underPath(path: string, prefix: string): boolean {
  if (!prefix) return true;
  if (prefix.endsWith('/')) return path.startsWith(prefix);
  return path == prefix || path.startsWith(prefix + '/');
}

/** An absolute http(s) URL (or a protocol-relative one), parsed; null for anything else. */
function parse(url: string): URL | null {
  try {
    const u = new URL(url.startsWith('//') ? 'https:' + url : url);
    return /^https?:$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}

/**
 * How specifically `entry` claims `url`: 0 when it does not, else the length of the matching host and path
 * prefix, so that `www.google.com/maps` is preferred to a bare `google.com`.
 */
export function hostScore(entry: CatalogueEntry, url: string): number {
  const u = parse(url);
  if (!u) return 0;
  const host = u.hostname.toLowerCase();
  let best = 0;
  for (const h of entry.hosts) {
    const [name, path] = splitHost(h);
    if ((host == name || host.endsWith('.' + name)) && underPath(u.pathname, path)) best = Math.max(best, h.length);
  }
  return best;
}

/** A request URL belongs to the entry: its host is a listed host or a subdomain of one, under the listed path. */
export function matchHost(entry: CatalogueEntry, url: string): boolean {
  return hostScore(entry, url) > 0;
}

/** The cookie name is one the entry lists, by exact name or by pattern. */
export function matchCookie(entry: CatalogueEntry, cookieName: string): boolean {
  return entry.cookies.some((c) => {
    const re = cookiePattern(c.name);
    return re ? re.test(cookieName) : c.name == cookieName;
  });
}
