// The iCanspk demo site: `npm run demo` builds Consentry and runs this server. No framework, no
// network: pages from demo/, the built library from dist/ under /dist/, stand-in partner tags under
// /partners/, and a /collect endpoint for the stand-in analytics tag.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { escape } from './html.mjs';
import { sendContent } from './respond.mjs';
import { renderPolicy } from './policy.mjs';
import { LANGUAGES, pickLanguage, renderPage } from './layout.mjs';
import { pickRegion, regionCookie } from './region.mjs';

const DEMO = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(DEMO, '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
/** URL prefix → folder it serves. */
const FOLDERS = { '/dist/': join(ROOT, 'dist'), '/site/': join(DEMO, 'site'), '/partners/': join(DEMO, 'partners'), '/tcf/': join(DEMO, 'tcf') };
const ROUTES = { '/': 'home', '/index.html': 'home', '/lessons.html': 'lessons', '/privacy.html': 'privacy', '/tcf.html': 'tcf' };

/** A page body in the asked language, or in English (marked as such) when there is no translation. */
function body(page, lang) {
  const file = (l) => join(DEMO, 'pages', `${page}.${l}.html`);
  if (existsSync(file(lang))) return { main: readFileSync(file(lang), 'utf8') };
  return { main: readFileSync(file('en'), 'utf8'), mainLang: 'en' };
}

const POLICY_INTRO = {
  en: 'Cookie categories in the consent banner link to the sections of this policy they come from.',
  'zh-Hans': '以下是本网站隐私政策的原文。Cookie 同意横幅中的各个类别会链接到本政策中对应的章节。',
  'zh-Hant': '以下是本網站隱私權政策的原文。Cookie 同意橫幅中的各個類別會連結到本政策中對應的章節。',
};

/** The privacy policy page: demo/privacy-policy.txt rendered as escaped text with section anchors. */
function policyPage(lang) {
  const policy = renderPolicy(readFileSync(join(DEMO, 'privacy-policy.txt'), 'utf8'));
  const toc = policy.sections
    .filter((s) => s.level == 2)
    .map((s) => `<li><a href="#${s.id}">${escape(s.title)}</a></li>`)
    .join('\n');
  const main = `<article class="policy" lang="en">
<h1>${escape(policy.title)}</h1>
<p class="policy-meta">${escape(policy.updated)}</p>
<p class="policy-meta" lang="${lang}">${escape(POLICY_INTRO[lang])}</p>
<nav class="policy-toc" aria-label="Contents"><ol>
${toc}
</ol></nav>
${policy.html}
</article>`;
  return { main, title: policy.title };
}

/** No inline script without the nonce, no inline style, nothing from other origins. */
function strictCsp(nonce) {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Short answers that are not content and never cached: errors and the receipt of /collect. */
function send(res, status, type, content, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(content);
}

function serveFile(req, res, url) {
  for (const prefix in FOLDERS) {
    if (!url.pathname.startsWith(prefix)) continue;
    const folder = FOLDERS[prefix];
    let file;
    try {
      file = normalize(join(folder, decodeURIComponent(url.pathname.slice(prefix.length))));
    } catch {
      return false;
    }
    if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) return false;
    sendContent(req, res, TYPES[extname(file)] || 'application/octet-stream', readFileSync(file));
    return true;
  }
  return false;
}

/**
 * Starts the demo server. `port` 0 picks a free port. Resolves to the listening `http.Server`; the
 * page views the stand-in analytics tag reported are in `server.collected`.
 */
export function start(port = Number(process.env.PORT ?? 8080), host = process.env.HOST || '127.0.0.1') {
  const collected = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://demo.local');
    if (url.pathname == '/collect' && req.method == 'POST') {
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => {
        if (data.length < 4096) data += chunk;
      });
      req.on('end', () => {
        try {
          collected.push(JSON.parse(data));
        } catch {
          collected.push({ invalid: true });
        }
        send(res, 204, 'text/plain', '');
      });
      return;
    }
    if (req.method != 'GET' && req.method != 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    const page = ROUTES[url.pathname];
    if (page) {
      const lang = pickLanguage(url.searchParams, req.headers.cookie);
      const parts = page == 'privacy' ? policyPage(lang) : body(page, lang);
      // ?csp=strict: the page runs under a strict Content-Security-Policy; scripts need this nonce.
      const nonce = url.searchParams.get('csp') == 'strict' ? randomBytes(16).toString('base64') : undefined;
      const headers = nonce ? { 'content-security-policy': strictCsp(nonce) } : {};
      // The region switcher's choice is kept for the session, so the next pages keep the region.
      const { region, chosen } = pickRegion(url.searchParams, req.headers);
      if (chosen) headers['set-cookie'] = regionCookie(chosen);
      return sendContent(req, res, TYPES['.html'], renderPage(DEMO, { page, lang, nonce, region, ...parts }), headers, { remember: !nonce });
    }
    if (serveFile(req, res, url)) return;
    if (url.pathname == '/dist/consentry-ui.js') {
      return send(res, 404, 'text/plain', 'consentry-ui.js is not built: run npm run build');
    }
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  });
  server.collected = collected;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

if (process.argv[1] && import.meta.url == pathToFileURL(process.argv[1]).href) {
  if (!existsSync(join(ROOT, 'dist', 'consentry.js'))) {
    console.error('[demo] dist/consentry.js is missing: run `npm run build` first (or use `npm run demo`).');
    process.exit(1);
  }
  start().then(
    (server) => {
      const { port } = server.address();
      console.log(`iCanspk demo running at http://localhost:${port}/`);
      console.log(`Languages: ${LANGUAGES.map((l) => `http://localhost:${port}/?lang=${l}`).join('  ')}`);
      console.log('Press Ctrl+C to stop.');
    },
    (err) => {
      const port = process.env.PORT ?? 8080;
      console.error(err.code == 'EADDRINUSE' ? `[demo] port ${port} is in use: try PORT=8081 npm run demo` : `[demo] could not start: ${err.message}`);
      process.exit(1);
    },
  );
}
