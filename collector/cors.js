/**
 * CORS for the allowed origins only. Beacons with text/plain are "simple" requests (no preflight); a
 * preflight is answered for fetch() with application/json.
 */
export function corsHeaders(origin, allowed) {
  if (!origin || !allowed.includes(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    vary: 'Origin',
  };
}

export function preflightHeaders(origin, allowed) {
  const base = corsHeaders(origin, allowed);
  if (!base['access-control-allow-origin']) return null;
  return { ...base, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' };
}
