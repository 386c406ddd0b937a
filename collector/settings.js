import { readFileSync } from 'node:fs';

/**
 * The collector's settings, read from environment variables (see README, "Consent receipts service").
 * Every mistake is collected with the variable's name and the fix; `readSettings` throws them all at once.
 */

const DEFAULT_CATEGORIES = ['necessary', 'preferences', 'analytics', 'advertising'];
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const list = (v) => (v || '').split(',').map((s) => s.trim()).filter(Boolean);
const onOff = (v, fallback) => (v == null || v === '' ? fallback : /^(1|on|true|yes)$/i.test(v));

/** `120/min`, `10/s`, `1000/hour` or a bare number per minute; `0` or `off` switches it off. */
export function parseRate(text) {
  if (text == null || text === '') return { limit: 120, windowMs: 60000 };
  if (/^(0|off)$/i.test(text)) return null;
  const m = /^(\d+)\s*(?:\/\s*(s|sec|second|min|minute|h|hour))?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] || 'min').toLowerCase();
  const windowMs = unit[0] == 's' ? 1000 : unit[0] == 'h' ? 3600000 : 60000;
  return { limit: Number(m[1]), windowMs };
}

/** Reads the site's categories, services and cookie from a Consentry config file (JSON). */
function siteFromFile(path, problems) {
  let config;
  try {
    config = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`SITE_CONFIG: cannot read ${path} as JSON (${e.message}); give the path of your consentryConfig saved as JSON`);
    return null;
  }
  const categories = config && typeof config.categories == 'object' ? Object.keys(config.categories) : [];
  if (!categories.length) problems.push(`SITE_CONFIG: ${path} has no categories; it must hold the same config as window.consentryConfig`);
  return {
    categories,
    services: config.services && typeof config.services == 'object' ? Object.keys(config.services) : null,
    cookie: config.cookie || {},
  };
}

export function readSettings(env = process.env) {
  const problems = [];
  const number = (name, fallback, min, max) => {
    const raw = env[name];
    if (raw == null || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) problems.push(`${name}=${raw}: must be a whole number from ${min} to ${max}`);
    return n;
  };

  const site = env.SITE_CONFIG ? siteFromFile(env.SITE_CONFIG, problems) : null;
  const categories = site ? site.categories : env.SITE ? list(env.SITE) : DEFAULT_CATEGORIES;
  const services = site?.services ?? (env.SITE_SERVICES ? list(env.SITE_SERVICES) : null);
  for (const id of [...categories, ...(services || [])]) if (!ID.test(id)) problems.push(`SITE: '${id}' is not a valid id (letters, digits, - and _)`);

  const origins = list(env.ALLOWED_ORIGINS).map((o) => {
    try {
      const u = new URL(o);
      if (u.origin == 'null' || u.origin != o.replace(/\/$/, '')) throw new Error();
      return u.origin;
    } catch {
      problems.push(`ALLOWED_ORIGINS: '${o}' is not an origin such as https://www.example.com (scheme, host, optional port; no path)`);
      return o;
    }
  });

  const rate = parseRate(env.RATE_LIMIT);
  if (rate === undefined) problems.push(`RATE_LIMIT=${env.RATE_LIMIT}: use a count per time such as 120/min, 10/s, 1000/hour, or off`);

  const cookieName = env.COOKIE_NAME || site?.cookie.name || 'consentry';
  if (!/^[\w-]+$/.test(cookieName)) problems.push(`COOKIE_NAME=${cookieName}: use letters, digits, - and _ only (the gate's cookie.name)`);
  const secure = (env.COOKIE_SECURE || 'auto').toLowerCase();
  if (!['auto', 'on', 'off', 'true', 'false', '1', '0'].includes(secure)) problems.push(`COOKIE_SECURE=${env.COOKIE_SECURE}: use auto, on or off`);

  // The request headers a CDN or proxy fills with the visitor's location (Cloudflare: cf-ipcountry, cf-region-code).
  const header = (name) => {
    const v = (env[name] || '').trim().toLowerCase();
    if (v && !/^[a-z0-9-]{1,64}$/.test(v)) problems.push(`${name}=${env[name]}: use a header name such as cf-ipcountry (letters, digits and -)`);
    return v || null;
  };
  const regionHeader = header('REGION_HEADER');
  const subregionHeader = header('SUBREGION_HEADER');
  if (subregionHeader && !regionHeader) problems.push('SUBREGION_HEADER: set REGION_HEADER too (the country header, such as cf-ipcountry); a subdivision alone names no region');

  const settings = {
    port: number('PORT', 8787, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    sqlitePath: env.SQLITE_PATH || 'consentry-receipts.sqlite',
    allowedOrigins: origins,
    adminToken: env.ADMIN_TOKEN || null,
    retentionDays: number('RETENTION_DAYS', 395, 1, 36500),
    categories,
    services,
    bodyLimit: number('BODY_LIMIT', 8192, 256, 1048576),
    rate,
    trustProxy: onOff(env.TRUST_PROXY, false),
    clientSecret: env.CLIENT_HASH_SECRET || null,
    setCookie: onOff(env.SET_COOKIE, false),
    regionHeader,
    subregionHeader,
    cookie: {
      name: cookieName,
      domain: env.COOKIE_DOMAIN || site?.cookie.domain || null,
      days: number('COOKIE_DAYS', site?.cookie.days || 182, 1, 396),
      secure: secure == 'auto' ? 'auto' : onOff(secure, false),
    },
  };
  if (settings.adminToken && settings.adminToken.length < 16) problems.push('ADMIN_TOKEN: use at least 16 characters (for example: openssl rand -hex 24)');
  if (settings.clientSecret && settings.clientSecret.length < 16) problems.push('CLIENT_HASH_SECRET: use at least 16 random characters');
  if (problems.length) throw new Error('[consentry-collector] settings are wrong:\n  ' + problems.join('\n  '));
  return settings;
}
