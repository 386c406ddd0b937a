/**
 * Re-issues the gate's consent cookie from the server (`Set-Cookie`), so that browsers which cap cookies
 * written by JavaScript (Safari: about 7 days) keep it as long as the policy allows. The value is the
 * gate's own, copied from the request only when it is intact and records the decision this receipt proves.
 */

/** FNV-1a 32 bits in base 36, the gate's cookie checksum (src/shared/hash.ts). */
export function fnv(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** The value of cookie `name` in a Cookie request header. */
export function readCookie(header, name) {
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() == name) return part.slice(at + 1).trim();
  }
  return null;
}

/**
 * The `Set-Cookie` header re-issuing `value`, or null when the value is not the gate's record of this
 * receipt's decision (other consent id, other revision, other time, altered).
 */
export function reissue(value, receipt, cookie, secure, now = Date.now()) {
  if (!value || value.length > 4000 || !/^[0-9a-z._-]+$/.test(value)) return null;
  // Format 3: `3.<id>.<revision>.<given>.<updated>.….<checksum>` (14 parts); formats 2 and 1 have 11 and 10.
  const parts = value.split('.');
  if (parts.length != { 1: 10, 2: 11, 3: 14 }[parts[0]] || parts.at(-1) != fnv(parts.slice(0, -1).join('.'))) return null;
  if (parts[1] != receipt.consentId || parts[2] != fnv(receipt.revision)) return null;
  const updatedAt = parseInt(parts[4], 36);
  if (Math.abs(updatedAt - Math.floor(Date.parse(receipt.time) / 1000)) > 1) return null;
  const expires = (updatedAt + cookie.days * 86400) * 1000;
  if (expires <= now) return null;
  return [
    `${cookie.name}=${value}`,
    'Path=/',
    cookie.domain ? `Domain=${cookie.domain}` : null,
    `Expires=${new Date(expires).toUTCString()}`,
    'SameSite=Lax',
    secure ? 'Secure' : null,
  ].filter(Boolean).join('; ');
}
