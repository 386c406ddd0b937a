import { splitHost } from './match';
import type { CatalogueEntry, CookieLifetime } from './types';

/** What a site owner puts under `services[id]` in a Consentry config for a catalogue entry. */
export interface CatalogueServiceConfig {
  category: CatalogueEntry['category'];
  hosts: string[];
  cookies: { name: string; lifetime: CookieLifetime | 'session' }[];
  policyAnchor?: undefined;
}

/** One host name is the other or a subdomain of it. */
const related = (a: string, b: string) => a == b || a.endsWith('.' + b) || b.endsWith('.' + a);

/**
 * The entry as a Consentry service config. Consentry's blocker matches host names only, so a host given with a
 * path prefix is kept as its bare host name when no other entry of `catalogue` uses that host name (Meta's
 * `www.facebook.com/tr` → `www.facebook.com`), and left out when another entry shares it (reCAPTCHA's
 * `www.google.com/recaptcha` and Maps' `www.google.com/maps`: blocking `www.google.com` for one would hold
 * back the other). `policyAnchor` is the site's own, so it is left for the site owner to add.
 */
export function serviceConfigIn(catalogue: readonly CatalogueEntry[], entry: CatalogueEntry): CatalogueServiceConfig {
  const hosts: string[] = [];
  for (const h of entry.hosts) {
    const [name, path] = splitHost(h);
    const shared = path && catalogue.some((other) => other.id != entry.id && other.hosts.some((o) => related(splitHost(o)[0], name)));
    if (!shared && !hosts.includes(name)) hosts.push(name);
  }
  return {
    category: entry.category,
    hosts,
    cookies: entry.cookies.map(({ name, lifetime }) => ({ name, lifetime })),
  };
}
