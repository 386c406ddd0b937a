import { domainCovers, isThirdParty, siteOf } from './hosts.js';
import { cookieCovers, cookieEntry, cookieName, serviceByCookie, serviceByUrl } from './match.js';
import { STEPS, isConsentCookie, isConsentryFile, setterHost } from './verdicts.js';

/** The category of a group of hosts and cookies that neither the config nor the catalogue knows. */
export const UNKNOWN = 'unknown—choose';
const RANK = ['necessary', 'preferences', 'analytics', 'advertising', UNKNOWN];

/** A cookie's remaining lifetime as one config unit: hours under a day, days under four weeks, else months. */
export function lifetimeOf(expires, now) {
  if (expires == 'session') return 'session';
  const days = (Date.parse(expires) - now) / 864e5;
  if (days < 1) return { hours: Math.max(1, Math.round(days * 24)) };
  if (days < 28) return { days: Math.round(days) };
  return { months: Math.round(days / 30.44) };
}

const bare = (domain) => domain.replace(/^\./, '');
const spec = (name, lifetime) => (lifetime === undefined ? name : { name, lifetime });

/**
 * A `services` config for the site, from what the scan saw (every step of every page) and the partner
 * catalogue. Each third-party request and each cookie goes to:
 * 1. the service of the page's Consentry config that lists it: its id, category, hosts and cookies are
 *    kept (the site's markup and texts use that id), completed from the catalogue entry that matches;
 * 2. else the catalogue entry that lists it: its id, category, hosts and cookies with their lifetimes;
 * 3. else a group named after its registrable domain, category `unknown—choose` (which Consentry refuses
 *    until the owner picks one). A cookie goes with the host that set it; a first-party cookie nobody
 *    lists goes to the site's own group, with no hosts (the page's own host is never blocked).
 * Lifetimes come from the config, else the catalogue, else the expiry seen. `policyAnchor` is `''`
 * (or the config's) for the owner to fill in: Consentry refuses an empty one.
 * @param {import('./scan.js').PageResult[]} pages
 * @param {Record<string, import('./scan.js').CatalogueEntry>} [catalogue]
 * @param {number} [now] when the cookies were read (ms since the epoch)
 */
export function suggestConfig(pages, catalogue = {}, now = Date.now()) {
  const groups = new Map();
  const byHost = new Map();
  const group = (id, source, base, pageHost) => {
    if (!groups.has(id)) groups.set(id, { id, source, base, pageHost, hosts: [], urls: [], cookies: new Map() });
    return groups.get(id);
  };
  const unknown = (host, pageHost) => group(siteOf(host), 'unknown', null, pageHost);
  const steps = (page) => STEPS.map((s) => page.steps[s]).filter((s) => s && !s.skipped);

  for (const page of pages) {
    const services = page.consentry ? page.consentry.services : {};
    for (const s of steps(page)) {
      for (const r of s.requests) {
        if (isConsentryFile(r.url)) continue;
        const configured = serviceByUrl(services, r.url);
        const known = !configured && serviceByUrl(catalogue, r.url);
        const g = configured ? group(configured, 'config', services[configured]) : known ? group(known, 'catalogue', catalogue[known]) : unknown(r.host, page.host);
        if (!g.hosts.includes(r.host)) g.hosts.push(r.host);
        g.urls.push(r.url);
        if (!byHost.has(r.host)) byHost.set(r.host, g);
      }
    }
  }
  const assigned = new Set();
  for (const page of pages) {
    const services = page.consentry ? page.consentry.services : {};
    for (const s of steps(page)) {
      for (const c of s.cookies) {
        if (assigned.has(c.name) || isConsentCookie(c, page)) continue;
        assigned.add(c.name);
        const configured = serviceByCookie(services, c.name);
        const known = !configured && serviceByCookie(catalogue, c.name);
        const from = setterHost(c);
        const owner = isThirdParty(from, page.host) ? from : domainCovers(page.host, c.domain) ? page.host : bare(c.domain);
        const g = configured
          ? group(configured, 'config', services[configured])
          : known
            ? group(known, 'catalogue', catalogue[known])
            : byHost.get(owner) || unknown(owner, page.host);
        g.cookies.set(c.name, c);
      }
    }
  }

  const seenLifetime = (pattern) => {
    for (const g of groups.values()) for (const [name, c] of g.cookies) if (cookieCovers(pattern, name)) return lifetimeOf(c.expires, now);
    return undefined;
  };
  const catalogueLifetime = (name) => {
    const id = serviceByCookie(catalogue, name);
    const entry = id && cookieEntry(catalogue[id], name);
    return entry && cookieName(entry) == name && typeof entry == 'object' ? entry.lifetime : undefined;
  };
  /** Cookie entries, first the listed ones, then the seen ones none of them covers. */
  const cookiesOf = (listed, g) => {
    const out = [];
    for (const entry of listed) {
      const name = cookieName(entry);
      if (!name || out.some((o) => cookieName(o) == name)) continue;
      const given = typeof entry == 'object' ? entry.lifetime : undefined;
      out.push(spec(name, given !== undefined ? given : catalogueLifetime(name) ?? seenLifetime(name)));
    }
    for (const [name, c] of [...g.cookies].sort(([a], [b]) => a.localeCompare(b))) {
      if (!out.some((o) => cookieCovers(o, name))) out.push(spec(name, catalogueLifetime(name) ?? lifetimeOf(c.expires, now)));
    }
    return out;
  };

  const result = {};
  const built = [...groups.values()].map((g) => {
    if (g.source == 'config') {
      const svc = g.base;
      const match = g.urls.map((u) => serviceByUrl(catalogue, u)).find(Boolean) || [...g.cookies.keys()].map((n) => serviceByCookie(catalogue, n)).find(Boolean);
      const entry = match ? catalogue[match] : { hosts: [], cookies: [] };
      const hosts = [...new Set([...svc.hosts, ...entry.hosts])];
      return [g.id, { category: svc.category, hosts, cookies: cookiesOf([...svc.cookies, ...entry.cookies], g), policyAnchor: svc.policyAnchor || '' }];
    }
    if (g.source == 'catalogue') {
      const entry = g.base;
      return [g.id, { category: entry.category, hosts: [...entry.hosts], cookies: cookiesOf(entry.cookies, g), policyAnchor: '' }];
    }
    // The site's own hosts are listed one by one: their registrable domain would cover the site itself.
    const hosts = g.id != siteOf(g.pageHost) ? [g.id] : g.hosts.filter((h) => h != g.pageHost);
    return [g.id, { category: UNKNOWN, hosts, cookies: cookiesOf([], g), policyAnchor: '' }];
  });
  const rank = (c) => (RANK.includes(c) ? RANK.indexOf(c) : RANK.length - 1.5);
  built.sort(([a, x], [b, y]) => rank(x.category) - rank(y.category) || a.localeCompare(b));
  for (const [id, svc] of built) result[id] = svc;
  return { services: result };
}
