import { createHmac } from 'node:crypto';
import { isIPv4 } from 'node:net';

/**
 * What the collector keeps about the sender of a receipt: never the raw IP address, and the browser only as
 * family and major version.
 */

/** A keyed hash (HMAC-SHA-256, 16 hex digits) when a secret is set, else the address truncated: IPv4 to /24, IPv6 to /48. */
export function clientTag(ip, secret) {
  if (!ip) return null;
  const plain = ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
  if (secret) return createHmac('sha256', secret).update(plain).digest('hex').slice(0, 16);
  if (isIPv4(plain)) return plain.split('.').slice(0, 3).join('.') + '.0';
  const groups = expandV6(plain);
  return groups ? groups.slice(0, 3).join(':') + '::' : null;
}

function expandV6(ip) {
  const [head, tail] = ip.split('%')[0].split('::');
  const a = head ? head.split(':') : [];
  const b = tail ? tail.split(':') : [];
  if (tail === undefined && a.length != 8) return null;
  const groups = [...a, ...Array(8 - a.length - b.length).fill('0'), ...b];
  return groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g)) ? groups.map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')) : null;
}

/** Order matters: Edge and Opera also say Chrome; Chrome also says Safari. */
const BROWSERS = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\b(?:OPR|Opera)\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /\b(?:Chrome|CriOS|HeadlessChrome)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//],
];

/** `Mozilla/5.0 ... Chrome/120.0.6099.71 Safari/537.36` → `Chrome 120`; unknown agents → `Other`. */
export function browserOf(userAgent) {
  if (!userAgent) return 'Other';
  for (const [name, re] of BROWSERS) {
    const m = re.exec(userAgent);
    if (m) return `${name} ${m[1]}`;
  }
  return 'Other';
}
