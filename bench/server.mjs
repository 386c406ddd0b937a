// A local site for the benchmark: every page and file gzip-compressed (level 9, once, at start), with
// Content-Length and Content-Encoding set, so the bytes the browser receives are the bytes a site serves.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

/** `files`: URL path → text or Buffer. Returns { url, close() }. */
export async function serveGzip(files) {
  const table = new Map();
  for (const [path, body] of Object.entries(files)) {
    table.set(path, { type: TYPES[extname(path)] || TYPES['.html'], gz: gzipSync(body, { level: 9 }) });
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url || '/', 'http://x').pathname;
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
