/** The host name of an http(s) URL; '' for anything else (data:, blob:, about:, a broken URL). */
export function hostOf(url) {
  try {
    const u = new URL(url);
    return u.protocol == 'http:' || u.protocol == 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}

/**
 * Whether `host` is a third party to a page on `pageHost`: any other host name. `localhost` and
 * `127.0.0.1` are different hosts, and so are `www.example.com` and `cdn.example.com`.
 */
export const isThirdParty = (host, pageHost) => !!host && host != pageHost;

/** Country second-level labels under which a registrable domain has three labels (example.co.uk). */
const SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'ne', 'net', 'or', 'org']);

/**
 * The registrable part of a host name, near enough to group a partner's hosts: the last two labels, or
 * three under a country's second level (`px.ads.example.co.uk` → `example.co.uk`). IP addresses and
 * single-label hosts stay whole. Not the Public Suffix List: a guess for grouping, never for security.
 */
export function siteOf(host) {
  if (/^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[')) return host;
  const labels = host.split('.');
  const n = labels.length;
  const take = n > 2 && labels[n - 1].length == 2 && SECOND_LEVEL.has(labels[n - 2]) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Whether a cookie for `domain` (`.example.com` or `example.com`) is sent to `host`. */
export function domainCovers(host, domain) {
  const d = domain.replace(/^\./, '');
  return host == d || host.endsWith('.' + d);
}
