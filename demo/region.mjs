// The visitor's region, as the demo server learns it: the region switcher (`?region=`, then the cookie it
// sets), else the location headers a CDN adds (Cloudflare's CF-IPCountry and, with the "Add visitor location
// headers" managed transform, cf-region-code). Never from the time zone or the language: those say nothing
// about where a visitor is. The page carries it into the config (layout.mjs).
import { regionFromHeaders } from '../collector/visitor-region.js';

/** The switcher's regions; `none` stands for "elsewhere" (no region: the config's default rule). */
export const REGIONS = ['CN', 'DE', 'US-CA'];
/** A demo-only, strictly necessary cookie: the region the visitor picked in the switcher, for this session. */
export const REGION_COOKIE = 'demo_region';

/** A switcher value → the region (`null` for `none`), or undefined when it is not one. */
function choice(value) {
  if (typeof value != 'string') return undefined;
  if (value.toLowerCase() == 'none') return null;
  const v = value.toUpperCase();
  return REGIONS.includes(v) ? v : undefined;
}

/**
 * @param {URLSearchParams} query
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {{ region: string | null, chosen?: string }} `chosen`: the switcher value to remember in the cookie
 */
export function pickRegion(query, headers) {
  const asked = choice(query.get('region'));
  if (asked !== undefined) return { region: asked, chosen: asked || 'none' };
  const kept = choice(new RegExp(`(?:^|;\\s*)${REGION_COOKIE}=([^;]*)`).exec(headers.cookie || '')?.[1]);
  if (kept !== undefined) return { region: kept };
  return { region: regionFromHeaders(headers, { country: 'cf-ipcountry', subregion: 'cf-region-code' }) };
}

/** The Set-Cookie value for a switcher choice: a session cookie the page's scripts cannot read. */
export const regionCookie = (chosen) => `${REGION_COOKIE}=${chosen}; Path=/; SameSite=Lax; HttpOnly`;
