/**
 * Which service a URL or a cookie belongs to, for both the site's Consentry config and the partner
 * catalogue: `hosts` entries cover a host and its subdomains (an entry may carry a path prefix:
 * `www.google.com/recaptcha/`), `cookies` entries are names or `/regex/` strings (or `{ name }` objects).
 */

/** Whether one `hosts` entry covers `url`. */
export function hostCovers(entry, url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const slash = entry.indexOf('/');
  const host = (slash < 0 ? entry : entry.slice(0, slash)).toLowerCase();
  const path = slash < 0 ? '' : entry.slice(slash);
  return (u.hostname == host || u.hostname.endsWith('.' + host)) && u.pathname.startsWith(path);
}

/** The name or pattern of a cookie entry: `'_ga'`, `'/^_ga_/'` or `{ name: '_ga' }`. */
export const cookieName = (entry) => (typeof entry == 'string' ? entry : entry && typeof entry.name == 'string' ? entry.name : '');

const PATTERN = /^\/(.+)\/([a-z]*)$/;

/** Whether one `cookies` entry covers the cookie called `name`. A broken pattern covers nothing. */
export function cookieCovers(entry, name) {
  const spec = cookieName(entry);
  const m = PATTERN.exec(spec);
  if (!m) return spec == name;
  try {
    return new RegExp(m[1], m[2]).test(name);
  } catch {
    return false;
  }
}

/** The id of the service whose `hosts` cover `url`; the most specific entry wins (`a.b.com/x/` over `b.com`). */
export function serviceByUrl(services, url) {
  let best = null;
  let length = -1;
  for (const id in services) {
    for (const entry of services[id].hosts || []) {
      if (entry.length > length && hostCovers(entry, url)) [best, length] = [id, entry.length];
    }
  }
  return best;
}

/** The id of the service whose `cookies` cover `name`: an exact name first, else the first pattern that matches. */
export function serviceByCookie(services, name) {
  for (const id in services) if ((services[id].cookies || []).some((c) => cookieName(c) == name)) return id;
  for (const id in services) if ((services[id].cookies || []).some((c) => cookieCovers(c, name))) return id;
  return null;
}

/** The entry of a service's `cookies` that covers `name`, exact names first. */
export function cookieEntry(service, name) {
  const list = (service && service.cookies) || [];
  return list.find((c) => cookieName(c) == name) || list.find((c) => cookieCovers(c, name)) || null;
}
