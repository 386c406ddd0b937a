import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s) => createHash('sha256').update(s).digest();

/**
 * The admin token, from `Authorization: Bearer <token>` (API clients) or HTTP Basic auth with the token as
 * password (a browser opening the dashboard). Compared in constant time.
 */
export function isAdmin(req, token) {
  if (!token) return false;
  const header = req.headers.authorization || '';
  let given = null;
  if (/^Bearer /i.test(header)) given = header.slice(7).trim();
  else if (/^Basic /i.test(header)) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    given = decoded.slice(decoded.indexOf(':') + 1);
  }
  return given != null && timingSafeEqual(digest(given), digest(token));
}
