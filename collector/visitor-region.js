/**
 * The visitor's region from the request headers a CDN or proxy adds: a country header (Cloudflare's
 * `cf-ipcountry`, `US`) and optionally a subdivision header (`cf-region-code`, `CA`), giving `US-CA`, the ISO
 * 3166 shape the gate's `region` takes. Nothing is guessed: no header, or a value of another shape, is null.
 * https://developers.cloudflare.com/fundamentals/reference/http-headers/#cf-ipcountry
 * https://developers.cloudflare.com/rules/transform/managed-transforms/reference/
 */

const COUNTRY = /^[A-Z]{2}$/;
const SUBDIVISION = /^[A-Z\d]{1,3}$/;
/** Cloudflare's codes that name no country: `XX` (no data) and `T1` (Tor). */
const UNKNOWN = ['XX', 'T1'];

/** A header's single value, upper case ('' when absent or sent twice). */
const one = (v) => (typeof v == 'string' ? v.trim().toUpperCase() : '');

/**
 * @param {Record<string, string | string[] | undefined>} headers Node's request headers (names in lower case)
 * @param {{ country: string | null, subregion?: string | null }} names the header names, lower case
 * @returns {string | null} `CN`, `US-CA`, or null when unknown
 */
export function regionFromHeaders(headers, { country, subregion }) {
  if (!country) return null;
  const c = one(headers[country]);
  if (!COUNTRY.test(c) || UNKNOWN.includes(c)) return null;
  if (!subregion) return c;
  let s = one(headers[subregion]);
  // Some proxies send the full ISO 3166-2 code (`US-CA`), Cloudflare only the part after the dash (`CA`).
  if (s.startsWith(c + '-')) s = s.slice(c.length + 1);
  return SUBDIVISION.test(s) ? `${c}-${s}` : c;
}
