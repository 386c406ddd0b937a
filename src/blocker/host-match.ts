const ABSOLUTE = /^\s*(https?:|[\\/]{2})/i;
const ORIGIN = location.origin;

/**
 * The id of the service whose hosts (`hosts[id]`, lower case) cover `url` (the host itself or any subdomain), or null.
 * Relative URLs (resolved against the page, even under a `<base>`), the page's own origin and non-http(s)
 * URLs never match.
 */
export function serviceFor(url: string, hosts: Record<string, string[]>): string | null {
  // Fast path for the common case (relative paths, data: URLs): only absolute http(s) URLs are parsed.
  if (!ABSOLUTE.test(url)) return null;
  let u: URL;
  try {
    u = new URL(url, document.baseURI);
  } catch {
    return null;
  }
  if (u.origin == ORIGIN) return null;
  const host = u.hostname;
  for (const id in hosts) {
    for (const h of hosts[id]) {
      if (host == h || host.endsWith('.' + h)) return id;
    }
  }
  return null;
}
