import { UNKNOWN } from './suggest.js';

/** A string as a single-quoted JS literal. */
const quote = (s) => "'" + JSON.stringify(String(s)).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'") + "'";
const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k));
/** Text from the catalogue, safe inside a `//` comment: one line. */
const line = (s) => String(s).replace(/[\r\n\u2028\u2029]+/g, ' ');

/** Any JSON-like value as a one-line JS literal. */
function literal(v) {
  if (typeof v == 'string') return quote(v);
  if (Array.isArray(v)) return '[' + v.map(literal).join(', ') + ']';
  if (v && typeof v == 'object') {
    const parts = Object.entries(v).map(([k, x]) => `${key(k)}: ${literal(x)}`);
    return parts.length ? `{ ${parts.join(', ')} }` : '{}';
  }
  return String(v);
}

/** Who a catalogue entry sends data to, for the comment above it. */
function about(entry) {
  const who = entry.recipient && entry.recipient.name ? entry.recipient.name : '';
  const bits = [who && entry.country ? `${who} (${entry.country})` : who, entry.policyUrl].filter(Boolean);
  return bits.length ? `// ${line(bits.join(', '))}` : '';
}

/**
 * The suggested services as a JS object literal to paste into `window.consentryConfig`, with a comment
 * on what the owner must still do: choose a category for unknown groups, fill in `policyAnchor`.
 * @param {{ services: Record<string, object> }} suggested
 * @param {Record<string, object>} [catalogue] for the recipient comments
 */
export function servicesLiteral(suggested, catalogue = {}) {
  const out = ['services: {'];
  for (const [id, svc] of Object.entries(suggested.services)) {
    const known = catalogue[id] && svc.category != UNKNOWN ? about(catalogue[id]) : '';
    if (known) out.push('  ' + known);
    out.push(`  ${key(id)}: {`);
    out.push(
      `    category: ${quote(svc.category)},` + (svc.category == UNKNOWN ? ' // not in the catalogue: choose necessary, preferences, analytics or advertising' : ''),
    );
    out.push(`    hosts: ${literal(svc.hosts)},`);
    if (svc.cookies.length < 2) out.push(`    cookies: ${literal(svc.cookies)},`);
    else out.push('    cookies: [', ...svc.cookies.map((c) => `      ${literal(c)},`), '    ],');
    out.push(`    policyAnchor: ${quote(svc.policyAnchor)},` + (svc.policyAnchor ? '' : " // fill in: the '#section' of your policy about it"));
    out.push('  },');
  }
  out.push('},');
  return out.join('\n');
}
