/**
 * Strict validation of a consent receipt as the gate sends it (src/engine/receipts.ts). Returns the clean
 * receipt, or the list of problems, each naming the field: the 400 answer shows them to the developer.
 */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const METHODS = ['accept-all', 'reject-all', 'custom', 'api'];
const FIELDS = ['receiptId', 'consentId', 'time', 'revision', 'method', 'categories', 'services', 'gpc', 'language', 'url', 'version'];
/** Sent by gates with rules by region; optional, so that receipts of older gates still pass. */
const OPTIONAL = ['region', 'rule', 'minor', 'personalized', 'separate'];
const RULES = ['gdpr', 'pipl', 'us', 'notice'];
/** ISO 3166, as the gate keeps the visitor's region: `CN`, `US-CA`. */
const REGION = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/;
const VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}([-+][\w.-]{1,32})?$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Decisions dated later than this past the server's clock are refused (device clocks drift). */
const FUTURE_MS = 86400000;
/** Nothing was decided with this library before 2020. */
const EARLIEST = Date.UTC(2020, 0, 1);
const MAX_SERVICES = 500;

const isObject = (v) => typeof v == 'object' && v !== null && !Array.isArray(v);
const text = (v, max) => typeof v == 'string' && v.length > 0 && v.length <= max;

/**
 * @param {unknown} body parsed JSON
 * @param {{ categories: string[], services: string[] | null, allowedOrigins: string[] }} site
 * @param {number} now
 */
export function validateReceipt(body, site, now = Date.now()) {
  const problems = [];
  if (!isObject(body)) return { problems: ['the body must be a JSON object (a consent receipt)'] };
  for (const key of Object.keys(body)) if (!FIELDS.includes(key) && !OPTIONAL.includes(key)) problems.push(`${key.slice(0, 40)}: unknown field`);
  for (const key of FIELDS) if (!(key in body)) problems.push(`${key}: missing`);
  if (problems.length) return { problems };

  const b = body;
  if (!(typeof b.receiptId == 'string' && UUID.test(b.receiptId))) problems.push('receiptId: must be a lowercase version 4 UUID');
  if (!(typeof b.consentId == 'string' && UUID.test(b.consentId))) problems.push('consentId: must be a lowercase version 4 UUID');
  const time = isoTime(b.time, now);
  if (time == null) problems.push('time: must be an ISO time such as 2026-01-31T12:00:00.000Z, not in the future');
  if (!text(b.revision, 64)) problems.push('revision: must be the policy revision, 1 to 64 characters');
  if (!METHODS.includes(b.method)) problems.push(`method: must be one of ${METHODS.join(', ')}`);
  if (typeof b.gpc != 'boolean') problems.push('gpc: must be true or false');
  if (!(typeof b.language == 'string' && b.language.length <= 35 && LANGUAGE.test(b.language))) problems.push('language: must be a language tag such as en or zh-Hans');
  if (!(typeof b.version == 'string' && VERSION.test(b.version))) problems.push('version: must be a version such as 1.2.3');

  const categories = choices(b.categories, 'categories', site.categories, 64, problems);
  if (categories && !Object.keys(categories).length) problems.push('categories: must hold at least one category');
  const services = choices(b.services, 'services', site.services, MAX_SERVICES, problems);

  if ('region' in b && !(b.region === null || (typeof b.region == 'string' && REGION.test(b.region)))) {
    problems.push('region: must be an ISO 3166 code such as CN or US-CA (upper case), or null');
  }
  if ('rule' in b && !RULES.includes(b.rule)) problems.push(`rule: must be one of ${RULES.join(', ')}`);
  if ('minor' in b && typeof b.minor != 'boolean') problems.push('minor: must be true or false');
  const personalized = 'personalized' in b ? choices(b.personalized, 'personalized', site.categories, 64, problems) : undefined;
  const separate = 'separate' in b ? consentTimes(b.separate, site.services, now, problems) : undefined;

  let page = null;
  if (text(b.url, 2048)) {
    try {
      const u = new URL(b.url);
      if (u.protocol == 'http:' || u.protocol == 'https:') page = u;
    } catch {
      /* reported below */
    }
  }
  if (!page) problems.push('url: must be the http(s) address of the page, at most 2048 characters');
  else if (site.allowedOrigins.length && !site.allowedOrigins.includes(page.origin)) problems.push(`url: ${page.origin} is not one of the allowed origins`);

  if (problems.length) return { problems };
  return {
    receipt: {
      receiptId: b.receiptId,
      consentId: b.consentId,
      time: new Date(time).toISOString(),
      revision: b.revision,
      method: b.method,
      categories,
      services,
      gpc: b.gpc,
      language: b.language,
      // Query strings and fragments can carry personal data (emails, tokens): keep the page only.
      url: page.origin + page.pathname,
      version: b.version,
      ...('region' in b ? { region: b.region } : {}),
      ...('rule' in b ? { rule: b.rule } : {}),
      ...('minor' in b ? { minor: b.minor } : {}),
      ...(personalized ? { personalized } : {}),
      ...(separate ? { separate } : {}),
    },
  };
}

/** Epoch ms of an ISO time the gate wrote (`toISOString()`), from 2020 to a day ahead of `now`; else null. */
function isoTime(v, now) {
  const t = typeof v == 'string' && ISO_TIME.test(v) ? Date.parse(v) : NaN;
  return t >= EARLIEST && t <= now + FUTURE_MS ? t : null;
}

/** `separate`: `{ serviceId: ISO time }` of the separate consents, with known service ids, keys sorted. */
function consentTimes(v, known, now, problems) {
  if (!isObject(v)) {
    problems.push('separate: must be an object of service id: ISO time');
    return null;
  }
  const keys = Object.keys(v);
  if (keys.length > MAX_SERVICES) {
    problems.push(`separate: more than ${MAX_SERVICES} entries`);
    return null;
  }
  const out = {};
  for (const id of keys.sort()) {
    const shown = `separate.${id.slice(0, 64)}`;
    const t = isoTime(v[id], now);
    if (!ID.test(id)) problems.push(`${shown}: not a valid id`);
    else if (known && !known.includes(id)) problems.push(`${shown}: not a service of this site (known: ${known.join(', ') || 'none'})`);
    else if (t == null) problems.push(`${shown}: must be the ISO time of the separate consent, such as 2026-01-31T12:00:00.000Z`);
    else out[id] = new Date(t).toISOString();
  }
  return out;
}

/** `{ id: boolean }` with known ids (or any well-formed id when the site lists none), keys sorted. */
function choices(v, field, known, max, problems) {
  if (!isObject(v)) {
    problems.push(`${field}: must be an object of id: true/false`);
    return null;
  }
  const keys = Object.keys(v);
  if (keys.length > max) {
    problems.push(`${field}: more than ${max} entries`);
    return null;
  }
  const out = {};
  for (const id of keys.sort()) {
    const shown = `${field}.${id.slice(0, 64)}`;
    if (!ID.test(id)) problems.push(`${shown}: not a valid id`);
    else if (known && !known.includes(id)) problems.push(`${shown}: not a ${field == 'services' ? 'service' : 'category'} of this site (known: ${known.join(', ') || 'none'})`);
    else if (typeof v[id] != 'boolean') problems.push(`${shown}: must be true or false`);
    else out[id] = v[id];
  }
  return out;
}
