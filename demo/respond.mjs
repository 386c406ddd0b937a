// How the demo server answers with content: compressed for clients that accept it (brotli, else gzip;
// text types only) and cacheable without going stale: `Cache-Control: no-cache` with an ETag, so the
// browser asks again each time (a site owner sees a rebuilt dist/ at once) and gets a 304 when nothing
// changed, and the back/forward cache may keep the page.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg\+xml)/;
/** Compressed bodies by ETag, for files and pages served again and again. */
const memo = new Map();
const MEMO_LIMIT = 200;

/** The encoding to use: brotli if accepted, else gzip, else none (`q=0` refuses one). */
export function pickEncoding(acceptEncoding = '') {
  const accepted = new Map();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

function compress(body, encoding) {
  if (encoding == 'br') {
    return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  }
  return gzipSync(body, { level: 9 });
}

/**
 * Sends `content` (string or Buffer) with status 200, or 304 when the request's If-None-Match names
 * its ETag. `remember`: keep the compressed body for next time (off for pages that are new each time,
 * such as those carrying a CSP nonce).
 */
export function sendContent(req, res, type, content, headers = {}, { remember = true } = {}) {
  const body = Buffer.isBuffer(content) ? content : Buffer.from(content);
  const encoding = COMPRESSIBLE.test(type) ? pickEncoding(req.headers['accept-encoding']) : null;
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  const etag = `"${hash}${encoding ? '-' + encoding : ''}"`;
  const common = {
    'content-type': type,
    'cache-control': 'no-cache',
    etag,
    'x-content-type-options': 'nosniff',
    ...(COMPRESSIBLE.test(type) ? { vary: 'Accept-Encoding' } : {}),
    ...headers,
  };
  const asked = (req.headers['if-none-match'] || '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (asked.includes(etag) || asked.includes('*')) {
    res.writeHead(304, common);
    return res.end();
  }
  let out = body;
  if (encoding) {
    out = memo.get(etag);
    if (!out) {
      out = compress(body, encoding);
      if (remember) {
        if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value);
        memo.set(etag, out);
      }
    }
  }
  res.writeHead(200, { ...common, ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': out.length });
  res.end(req.method == 'HEAD' ? undefined : out);
}
