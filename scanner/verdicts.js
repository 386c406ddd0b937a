import { domainCovers, hostOf, isThirdParty } from './hosts.js';
import { cookieCovers, hostCovers, serviceByCookie, serviceByUrl } from './match.js';

/**
 * What a site owner must act on, from a scan's observations (pure: no browser, no clock).
 *
 * A violation is something that happens before any choice, or after "Reject all":
 * - a request to a third-party host (any host but the page's own), unless it belongs to a service of a
 *   required category in the page's Consentry config, or to a `necessary` service of the catalogue, or
 *   fetches a Consentry file (`consentry*.js`);
 * - a cookie that the config gives to a service of a category that is not required, or that the
 *   catalogue knows as not `necessary`, or, for cookies neither knows, one set by a third party (a
 *   `Set-Cookie` from another host, a write by another host's script, a cookie for another domain).
 *   Consentry's own consent cookie never is;
 * - a `localStorage` or `sessionStorage` key written by a third-party script (Consentry's `consentry-*`
 *   keys and the site's own scripts' keys are not).
 */

export const STEPS = ['before', 'reject', 'accept'];
const CHECKED = ['before', 'reject'];
const KIND_ORDER = ['cookie', 'storage', 'request'];
const CONSENTRY_FILE = /\/consentry(-[\w.-]+)?\.m?js$/;

const required = (consentry, category) => !!(consentry.categories[category] && consentry.categories[category].required);
/** Whether a request fetches one of Consentry's own files (`consentry.js`, `consentry-ui.zh-Hans.js`, …). */
export const isConsentryFile = (url) => {
  try {
    return CONSENTRY_FILE.test(new URL(url).pathname);
  } catch {
    return false;
  }
};

/** The host behind a cookie: the one that sent its `Set-Cookie`, or the one serving the script that wrote it. */
export const setterHost = (cookie) => (cookie.setBy.via == 'set-cookie' ? cookie.setBy.host : cookie.setBy.url ? hostOf(cookie.setBy.url) : '');

/** Whether the cookie is Consentry's own consent cookie on this page. */
export const isConsentCookie = (cookie, page) => !!page.consentry && cookie.name == page.consentry.cookieName && domainCovers(page.host, cookie.domain);

function cookieViolates(cookie, page, catalogue) {
  const c = page.consentry;
  if (isConsentCookie(cookie, page)) return false;
  const configured = c && serviceByCookie(c.services, cookie.name);
  if (configured) return !required(c, c.services[configured].category);
  const known = serviceByCookie(catalogue, cookie.name);
  if (known) return catalogue[known].category != 'necessary';
  return !domainCovers(page.host, cookie.domain) || isThirdParty(setterHost(cookie), page.host);
}

function requestViolates(request, page, catalogue) {
  if (isConsentryFile(request.url)) return false;
  const c = page.consentry;
  const configured = c && serviceByUrl(c.services, request.url);
  if (configured) return !required(c, c.services[configured].category);
  const known = serviceByUrl(catalogue, request.url);
  if (known) return catalogue[known].category != 'necessary';
  return true;
}

const storageViolates = (item, page) => !item.key.startsWith('consentry-') && !!item.setBy && isThirdParty(hostOf(item.setBy), page.host);

/** Initiator of a cookie: the response that set it, or the script that wrote it. */
const cookieInitiator = (cookie) => cookie.setBy.url || null;

/**
 * Every violation, one per page, step and cookie name, storage key or host (with the initiator of the
 * first one seen), ordered by page, step, kind and name.
 * @param {import('./scan.js').PageResult[]} pages
 * @param {Record<string, import('./scan.js').CatalogueEntry>} [catalogue]
 */
export function violations(pages, catalogue = {}) {
  const out = [];
  for (const page of pages) {
    for (const step of CHECKED) {
      const s = page.steps[step];
      if (!s || s.skipped) continue;
      const found = new Map();
      const add = (key, v) => found.has(key) || found.set(key, { page: page.url, step, ...v });
      for (const c of s.cookies) if (cookieViolates(c, page, catalogue)) add('cookie ' + c.name, { kind: 'cookie', name: c.name, initiator: cookieInitiator(c) });
      for (const i of s.storage) if (storageViolates(i, page)) add('storage ' + i.key, { kind: 'storage', name: i.key, initiator: i.setBy });
      for (const r of s.requests) if (requestViolates(r, page, catalogue)) add('request ' + r.host, { kind: 'request', host: r.host, initiator: r.initiator });
      const sorted = [...found.values()].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.name || a.host).localeCompare(b.name || b.host));
      out.push(...sorted);
    }
  }
  return out;
}

const allSteps = (page) => STEPS.map((s) => page.steps[s]).filter((s) => s && !s.skipped);

/**
 * What else the owner should know about the config: Consentry's console errors (each message once a
 * page, with the first step that printed it), configured services the scan never saw (no request to their
 * hosts, no cookie of theirs), and hosts and cookies seen that no configured service lists (pages with
 * Consentry only).
 * @param {import('./scan.js').PageResult[]} pages
 */
export function findings(pages) {
  const consentryErrors = [];
  for (const page of pages) {
    const said = new Set();
    for (const step of STEPS) {
      for (const text of (page.steps[step] && page.steps[step].consentryErrors) || []) {
        if (!said.has(text)) said.add(text), consentryErrors.push({ page: page.url, step, text });
      }
    }
  }

  const configured = new Map();
  for (const page of pages) if (page.consentry) for (const id in page.consentry.services) configured.has(id) || configured.set(id, page.consentry.services[id]);
  const requests = pages.flatMap((p) => allSteps(p).flatMap((s) => s.requests));
  const cookies = pages.flatMap((p) => allSteps(p).flatMap((s) => s.cookies));
  const unseenServices = [...configured]
    .filter(([, svc]) => !requests.some((r) => svc.hosts.some((h) => hostCovers(h, r.url))) && !cookies.some((c) => svc.cookies.some((k) => cookieCovers(k, c.name))))
    .map(([service, svc]) => ({ service, category: svc.category }));

  const hosts = new Set();
  const names = new Set();
  for (const page of pages) {
    if (!page.consentry) continue;
    const services = Object.values(page.consentry.services);
    for (const s of allSteps(page)) {
      for (const r of s.requests) if (!isConsentryFile(r.url) && !services.some((svc) => svc.hosts.some((h) => hostCovers(h, r.url)))) hosts.add(r.host);
      for (const c of s.cookies) if (!isConsentCookie(c, page) && !services.some((svc) => svc.cookies.some((k) => cookieCovers(k, c.name)))) names.add(c.name);
    }
  }
  return { consentryErrors, unseenServices, unlisted: { hosts: [...hosts].sort(), cookies: [...names].sort() } };
}
