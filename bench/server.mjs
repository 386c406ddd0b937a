// A local site for the benchmark: every page and file gzip-compressed (level 9, once, at start), with
// Content-Length and Content-Encoding set, so the bytes the browser receives are the bytes a site serves.
// Streamed pages are sent part by part (gzip flushed after each, a short pause between), so the
// browser's parser adds each part to the document before the next one arrives.
import { createServer } from 'node:http';
import { constants, createGzip, gzipSync } from 'node:zlib';
import { extname } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };
/** Pause between the parts of a streamed page. */
const STREAM_GAP_MS = 5;

/** `files`: URL path → text or Buffer; `streamed`: URL path → the parts of an HTML page. Returns { url, close() }. */
export async function serveGzip(files, streamed = {}) {
  const table = new Map();
  for (const [path, body] of Object.entries(files)) {
    table.set(path, { type: TYPES[extname(path)] || TYPES['.html'], gz: gzipSync(body, { level: 9 }) });
  }
  const server = createServer(async (req, res) => {
    const path = new URL(req.url || '/', 'http://x').pathname;
    const parts = streamed[path];
    if (parts) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'content-encoding': 'gzip', 'cache-control': 'no-store', vary: 'Accept-Encoding' });
      const gz = createGzip({ level: 9 });
      gz.pipe(res);
      for (const [i, part] of parts.entries()) {
        if (i) await new Promise((r) => setTimeout(r, STREAM_GAP_MS));
        gz.write(part);
        await new Promise((r) => gz.flush(constants.Z_SYNC_FLUSH, r));
      }
      return gz.end();
    }
    const file = table.get(path);
    if (!file) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, {
      'content-type': file.type,
      'content-encoding': 'gzip',
      'content-length': file.gz.length,
      'cache-control': 'no-store',
      vary: 'Accept-Encoding',
    });
    res.end(file.gz);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    /** Compressed size of a served file, for the report. */
    size: (path) => table.get(path)?.gz.length,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
