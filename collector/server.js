import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { isAdmin } from './admin-auth.js';
import { browserOf, clientTag } from './client-privacy.js';
import { readCookie, reissue } from './consent-cookie.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { dashboardPage } from './dashboard.js';
import { dateRange } from './date-range.js';
import { csvHeader, csvLine, jsonLine } from './export-format.js';
import { createRateLimit } from './rate-limit.js';
import { parseJsonBody, readBody } from './read-body.js';
import { answerRegion } from './region-endpoint.js';
import { UUID, validateReceipt } from './receipt-schema.js';
import { buildStats } from './stats.js';
import { fromRow, toRow } from './storage/migrations.js';

const EXPORT_BATCH = 1000;

/**
 * The collector's HTTP handler over a store (storage/sqlite.js or storage/postgres.js).
 * Every answer is JSON except the dashboard (HTML) and the CSV export.
 * @param {ReturnType<typeof import('./settings.js').readSettings>} settings
 * @param {import('./storage/store').Store} store
 * @param {{ now?: () => number, log?: import('./storage/store').Log }} [options]
 */
export function createCollector(settings, store, { now = () => Date.now(), log = console } = {}) {
  const limiter = settings.rate ? createRateLimit(settings.rate, now) : null;
  const site = { categories: settings.categories, services: settings.services, allowedOrigins: settings.allowedOrigins };

  const clientIp = (req) => {
    if (settings.trustProxy) {
      const forwarded = String(req.headers['x-forwarded-for'] || '').split(',')[0].trim();
      if (forwarded) return forwarded;
    }
    return req.socket.remoteAddress || '';
  };
  const isHttps = (req) => req.socket.encrypted || (settings.trustProxy && req.headers['x-forwarded-proto'] == 'https');

  const send = (res, status, body, headers = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
    res.end(text);
  };

  async function postReceipt(req, res) {
    const cors = corsHeaders(req.headers.origin, settings.allowedOrigins);
    if (req.headers.origin && !cors['access-control-allow-origin']) {
      return send(res, 403, { error: `origin ${String(req.headers.origin).slice(0, 200)} is not allowed; add it to ALLOWED_ORIGINS` });
    }
    if (limiter) {
      const wait = limiter.hit(clientIp(req));
      if (wait) return send(res, 429, { error: 'too many receipts from this client; try again later' }, { ...cors, 'retry-after': String(wait) });
    }
    const read = await readBody(req, settings.bodyLimit);
    if (read.error) return send(res, read.status, { error: read.error }, { ...cors, connection: 'close' });
    const parsed = parseJsonBody(req.headers['content-type'], read.body);
    if (parsed.error) return send(res, parsed.status, { error: parsed.error }, cors);
    const checked = validateReceipt(parsed.value, site, now());
    if (checked.problems) return send(res, 400, { error: 'the receipt is invalid', problems: checked.problems.slice(0, 20) }, cors);

    const receipt = checked.receipt;
    const row = toRow(receipt, { receivedAt: now(), client: clientTag(clientIp(req), settings.clientSecret), browser: browserOf(req.headers['user-agent']) });
    let stored;
    try {
      stored = await store.insert(row);
    } catch (e) {
      log.error('[consentry-collector] could not store a receipt:', e.message);
      return send(res, 503, { error: 'the receipt could not be stored; try again' }, cors);
    }
    const headers = { ...cors };
    if (settings.setCookie) {
      const secure = settings.cookie.secure == 'auto' ? isHttps(req) : settings.cookie.secure;
      const cookie = reissue(readCookie(req.headers.cookie, settings.cookie.name), receipt, settings.cookie, secure, now());
      if (cookie) headers['set-cookie'] = cookie;
    }
    // 201 the first time; 200 when this receipt id was already stored (a retry): nothing is stored twice.
    send(res, stored ? 201 : 200, { stored, receiptId: receipt.receiptId }, headers);
  }

  async function history(res, consentId) {
    if (!UUID.test(consentId)) return send(res, 400, { error: 'the consent id must be a lowercase version 4 UUID' });
    const rows = await store.history(consentId);
    if (!rows.length) return send(res, 404, { error: 'no receipts for this consent id' });
    send(res, 200, { consentId, receipts: rows.map(fromRow) });
  }

  async function exportRange(res, params) {
    const range = dateRange(params, now());
    if (range.error) return send(res, 400, { error: range.error });
    const format = params.get('format') || 'jsonl';
    if (format != 'csv' && format != 'jsonl') return send(res, 400, { error: 'format must be csv or jsonl' });
    const name = `consent-receipts-${params.get('from') || 'last-30-days'}-${params.get('to') || 'today'}.${format}`.replace(/[^\w.-]/g, '');
    res.writeHead(200, {
      'content-type': format == 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    });
    if (format == 'csv') res.write(csvHeader(settings.categories));
    // Keyset pages: memory stays flat whatever the range holds.
    let after = { receivedAt: -1, receiptId: '' };
    for (;;) {
      const rows = await store.page(range.from, range.to, after, EXPORT_BATCH);
      for (const row of rows) {
        const r = fromRow(row);
        if (!res.write(format == 'csv' ? csvLine(r, settings.categories) : jsonLine(r))) await new Promise((ok) => res.once('drain', ok));
      }
      if (rows.length < EXPORT_BATCH) break;
      const last = rows[rows.length - 1];
      after = { receivedAt: Number(last.received_at), receiptId: String(last.receipt_id) };
    }
    res.end();
  }

  async function stats(params) {
    const range = dateRange(params, now());
    if (range.error) return range;
    return { stats: buildStats(await store.stats(range.from, range.to), settings.categories, range.from, range.to) };
  }

  async function handle(req, res) {
    const url = new URL(req.url || '/', 'http://collector');
    const path = url.pathname;

    if (path == '/v1/receipts' && req.method == 'POST') return postReceipt(req, res);
    if (path == '/v1/receipts' && req.method == 'OPTIONS') {
      const headers = preflightHeaders(req.headers.origin, settings.allowedOrigins);
      res.writeHead(headers ? 204 : 403, headers || {});
      return res.end();
    }
    if (path == '/healthz' && req.method == 'GET') return send(res, 200, { ok: true });
    if ((path == '/region.js' || path == '/region') && (req.method == 'GET' || req.method == 'HEAD')) {
      const script = path == '/region.js';
      return answerRegion(req, res, settings, { script, cors: script ? {} : corsHeaders(req.headers.origin, settings.allowedOrigins) });
    }

    const admin = path.startsWith('/v1/receipts') || path == '/v1/stats' || path == '/dashboard';
    if (!admin) return send(res, 404, { error: 'not found' });
    if (req.method != 'GET') return send(res, 405, { error: 'method not allowed' }, { allow: 'GET' });
    if (!settings.adminToken) return send(res, 503, { error: 'admin access is off: set ADMIN_TOKEN to use it' });
    if (!isAdmin(req, settings.adminToken)) {
      const challenge = path == '/dashboard' ? { 'www-authenticate': 'Basic realm="consentry", charset="UTF-8"' } : { 'www-authenticate': 'Bearer' };
      return send(res, 401, { error: 'send the admin token: Authorization: Bearer <ADMIN_TOKEN>' }, challenge);
    }

    if (path == '/v1/receipts') return exportRange(res, url.searchParams);
    if (path.startsWith('/v1/receipts/')) return history(res, path.slice(13));
    const result = await stats(url.searchParams);
    if (result.error) return send(res, 400, { error: result.error });
    if (path == '/v1/stats') return send(res, 200, result.stats);
    const nonce = randomBytes(16).toString('base64');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
      'x-content-type-options': 'nosniff',
    });
    res.end(dashboardPage(result.stats, settings.categories, nonce));
  }

  return async (req, res) => {
    try {
      await handle(req, res);
    } catch (e) {
      log.error('[consentry-collector] request failed:', e && e.message);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  };
}

/** An HTTP server with timeouts that keep slow or stuck clients from holding it. */
export function createCollectorServer(handler) {
  const server = createServer({ requestTimeout: 15000, headersTimeout: 10000, keepAliveTimeout: 5000, maxHeaderSize: 16384 }, handler);
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}
