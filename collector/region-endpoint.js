import { regionFromHeaders } from './visitor-region.js';

/**
 * `GET /region.js` and `GET /region`: the visitor's region, read from the headers named by REGION_HEADER and
 * SUBREGION_HEADER, for a site whose pages are static. The script sets `window.consentryConfig.region` when
 * it is known and nothing otherwise; place it after the config and before the gate. Never cached across
 * visitors: `private, no-store`, and `Vary` names the headers it was read from.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {ReturnType<typeof import('./settings.js').readSettings>} settings
 * @param {{ script: boolean, cors: Record<string, string> }} as `script`: /region.js, else /region (JSON) with
 *   CORS headers for the page's origin, for `fetch()`
 */
export function answerRegion(req, res, settings, { script, cors }) {
  const region = regionFromHeaders(req.headers, { country: settings.regionHeader, subregion: settings.subregionHeader });
  const body = script
    ? region
      ? `(window.consentryConfig = window.consentryConfig || {}).region = ${JSON.stringify(region)};\n`
      : '/* the visitor\'s region is unknown: the config\'s default rule applies */\n'
    : JSON.stringify({ region });
  const vary = [settings.regionHeader, settings.subregionHeader].filter(Boolean);
  if (!script && cors.vary) vary.push(cors.vary);
  res.writeHead(200, {
    ...cors,
    'content-type': script ? 'text/javascript; charset=utf-8' : 'application/json; charset=utf-8',
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    // A script tag on the site's pages loads it from this origin, also under Cross-Origin-Embedder-Policy.
    ...(script ? { 'cross-origin-resource-policy': 'cross-origin' } : {}),
    ...(vary.length ? { vary: vary.join(', ') } : {}),
    'content-length': Buffer.byteLength(body),
  });
  res.end(req.method == 'HEAD' ? undefined : body);
}
