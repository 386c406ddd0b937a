/**
 * Reads a request body up to `limit` bytes. A larger Content-Length is refused before reading; a chunked
 * body that grows past the limit is cut off. Resolves `{ body }` or `{ status, error }`.
 */
export function readBody(req, limit) {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.resolve({ status: 413, error: `the body is over ${limit} bytes` });
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    let done = false;
    const finish = (result) => {
      if (!done) resolve(result);
      done = true;
    };
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        finish({ status: 413, error: `the body is over ${limit} bytes` });
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish({ body: Buffer.concat(chunks) }));
    req.on('error', () => finish({ status: 400, error: 'the request body could not be read' }));
    req.on('aborted', () => finish({ status: 400, error: 'the request was aborted' }));
  });
}

/** Strict UTF-8 decoding: invalid bytes are an error, not replacement characters. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** JSON from a text/plain (what beacons send) or application/json body. */
export function parseJsonBody(contentType, body) {
  const type = (contentType || '').split(';')[0].trim().toLowerCase();
  if (type != 'text/plain' && type != 'application/json') {
    return { status: 415, error: 'send the receipt as text/plain (what navigator.sendBeacon sends) or application/json' };
  }
  let text;
  try {
    text = utf8.decode(body);
  } catch {
    return { status: 400, error: 'the body is not valid UTF-8' };
  }
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { status: 400, error: 'the body is not valid JSON' };
  }
}
