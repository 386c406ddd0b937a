import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');

/** Debian's Chromium, headless, with any extra command-line `args`. Fails loudly (never skips) when it is missing. */
export async function launch({ args = [] }: { args?: string[] } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...args],
  });
}

export interface Page {
  body: string;
  headers?: Record<string, string>;
  type?: string;
  /** HTTP status (200 unless set): a page registered at a `/dist/` path with 404 stands for a file that is missing. */
  status?: number;
}

export interface Site {
  url: string;
  /** Every path the server was asked for, in order. */
  requests: string[];
  /** Bodies of POST requests, in order, with their path and content type. */
  posts: Array<{ path: string; type: string; body: string }>;
  /** Adds or replaces a page served at `path`. */
  page(path: string, page: Page | string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };

/**
 * A local site on 127.0.0.1: pages registered by the test, and the built library under `/dist/`.
 * Paths ending in `?delay=N` wait N ms before answering (for release-order tests).
 */
export async function serve(pages: Record<string, Page | string> = {}): Promise<Site> {
  const table = new Map<string, Page>();
  const requests: string[] = [];
  const posts: Site['posts'] = [];
  const add = (path: string, page: Page | string) => table.set(path, typeof page == 'string' ? { body: page } : page);
  for (const [p, v] of Object.entries(pages)) add(p, v);

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url || '/', 'http://x');
    requests.push(url.pathname + url.search);
    if (req.method == 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      posts.push({ path: url.pathname, type: req.headers['content-type'] || '', body });
      return res.writeHead(204).end();
    }
    const delay = Number(url.searchParams.get('delay') || 0);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const page = table.get(url.pathname);
    if (page) {
      res.writeHead(page.status || 200, { 'content-type': page.type || TYPES[extname(url.pathname)] || TYPES['.html'], ...page.headers });
      return res.end(page.body);
    }
    if (url.pathname.startsWith('/dist/')) {
      const file = normalize(join(ROOT, url.pathname));
      if (file.startsWith(join(ROOT, 'dist')) && existsSync(file)) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
        return res.end(readFileSync(file));
      }
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    posts,
    page: add,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/**
 * Answers requests to partner hosts (https://connect.facebook.net/...) inside the browser, so nothing
 * leaves the machine, and logs each one: a test can assert nobody asked a partner before consent.
 */
export async function fakePartners(context: BrowserContext, scripts: Record<string, string> = {}): Promise<string[]> {
  const log: string[] = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
    const url = route.request().url();
    log.push(url);
    const body = scripts[url] ?? scripts[new URL(url).origin + new URL(url).pathname] ?? '';
    route.fulfill({ status: 200, contentType: url.endsWith('.js') || body ? 'text/javascript' : 'text/html', body });
  });
  return log;
}

/** A page head that configures Consentry and loads the built gate. */
export function gatePage(config: object, body = '', head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.consentryConfig = ${JSON.stringify(config)};</script>
<script src="/dist/consentry.js"></script>${head}</head><body>${body}</body></html>`;
}

/** The config from the README's example. */
export const exampleConfig = {
  policy: { url: '/privacy.html', revision: '2020-09-25' },
  categories: { necessary: { required: true }, preferences: {}, analytics: {}, advertising: {} },
  services: {
    'site-analytics': { category: 'analytics', cookies: ['_ica_id', '/^_ica_s_/'] },
    'ad-partner': { category: 'advertising', cookies: ['_adp'] },
  },
};
