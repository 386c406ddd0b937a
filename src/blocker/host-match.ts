import type { ResolvedService } from '../core/types';

/**
 * The id of the service whose `hosts` cover `url` (the host itself or any subdomain), or null.
 * Relative URLs, the page's own origin and non-http(s) URLs never match.
 */
export function serviceFor(url: string, services: Record<string, ResolvedService>): string | null {
  let u: URL;
  try {
    u = new URL(url, document.baseURI);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol) || u.origin == location.origin) return null;
  const host = u.hostname;
  for (const id in services) {
    for (const h of services[id].hosts) {
      if (host == h || host.endsWith('.' + h)) return id;
    }
  }
  return null;
}
