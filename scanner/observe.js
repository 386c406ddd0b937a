import { domainCovers, hostOf, isThirdParty } from './hosts.js';
import { trackActivity } from './network-quiet.js';
import { isConsentryFile } from './verdicts.js';
import { installWriteHook } from './write-hook.js';

const BINDING = '__consentryScanWrite';

/**
 * The URL of the script (or document) that caused a request, from the DevTools initiator: the innermost
 * stack frame with a URL, passing over Consentry's own files (the blocker's patched `appendChild` is on
 * the stack of every script insertion) unless nothing else is there. Chromium gives the document, not the
 * script, for images.
 */
function initiatorUrl(initiator) {
  const urls = [];
  for (let s = initiator && initiator.stack; s; s = s.parent) for (const f of s.callFrames || []) if (f.url) urls.push(f.url);
  return urls.find((u) => !isConsentryFile(u)) || urls[0] || (initiator && initiator.url) || null;
}

/** The names in a `Set-Cookie` header value (several cookies arrive one per line). */
const setCookieNames = (value) => value.split('\n').map((line) => line.split(';')[0].split('=')[0].trim()).filter(Boolean);

/**
 * A fresh browser context on one page, recording from the first request: every request (with its
 * resource type and initiator), every `Set-Cookie` (with the host that sent it), every cookie or storage
 * write through script (with the script's URL), and Consentry's console messages.
 * `route(context)` may install request routing before the page opens (tests answer partner hosts so).
 */
export async function openStep(browser, url, { route, settle = 1000, timeout = 15000 } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  let seq = 0;
  const requests = [];
  const headers = [];
  const setCookies = [];
  const writes = [];
  const messages = [];
  const activity = trackActivity(context);
  try {
    if (route) await route(context);
    await context.exposeBinding(BINDING, ({ frame }, w) => {
      activity.touch();
      if (w && typeof w == 'object' && typeof w.name == 'string') {
        writes.push({ seq: seq++, kind: w.kind, area: w.area, name: w.name, url: typeof w.url == 'string' ? w.url : null, frameHost: hostOf(frame.url()) });
      }
    });
    await context.addInitScript(installWriteHook, BINDING);
  } catch (e) {
    await context.close();
    throw e;
  }
  context.on('request', (request) => requests.push(request));
  context.on('response', (response) => {
    headers.push(
      response
        .headersArray()
        .then((list) => {
          const host = hostOf(response.url());
          for (const h of list) {
            if (h.name.toLowerCase() == 'set-cookie') for (const name of setCookieNames(h.value)) setCookies.push({ seq: seq++, name, host, url: response.url() });
          }
        })
        .catch(() => {}),
    );
  });
  context.on('console', (msg) => {
    const text = msg.text();
    if ((msg.type() == 'error' || msg.type() == 'warning') && text.startsWith('[consentry]')) messages.push(text);
  });

  const page = await context.newPage();
  // Initiators come from DevTools (the page's own frames; a cross-site frame's requests fall back to its URL).
  const initiators = new Map();
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e) => {
    const list = initiators.get(e.request.url) || [];
    list.push(initiatorUrl(e.initiator));
    initiators.set(e.request.url, list);
  });
  await cdp.send('Network.enable');

  /** Who set a cookie now in the jar: the latest matching `Set-Cookie` or script write. */
  const setter = (c) => {
    const header = setCookies.filter((s) => s.name == c.name && domainCovers(s.host, c.domain)).pop();
    const script = writes.filter((w) => w.kind == 'cookie' && w.name == c.name && domainCovers(w.frameHost, c.domain)).pop();
    if (header && (!script || header.seq > script.seq)) return { via: 'set-cookie', host: header.host, url: header.url };
    return { via: 'script', url: script ? script.url : null };
  };

  let settled = true;
  return {
    page,
    context,
    async load() {
      await page.goto(url, { waitUntil: 'load', timeout: Math.max(timeout, 30000) });
    },
    async reload() {
      await page.reload({ waitUntil: 'load', timeout: Math.max(timeout, 30000) });
    },
    /** Waits for the network to go quiet (see network-quiet.js); remembers when it never did. */
    async quiet() {
      settled = (await activity.quiet({ settle, timeout })) && settled;
    },
    /** A mark: `observe(mark)` lists only the requests made after it. */
    mark: () => requests.length,
    /** What the step saw: the cookie jar and storage now, and third-party requests since `since`. */
    async observe(since = 0) {
      await Promise.all(headers);
      const pageHost = hostOf(page.url());
      const jar = await context.cookies();
      const keys = await page
        .evaluate(() => {
          const list = (area) => {
            try {
              const s = window[area];
              return Array.from({ length: s.length }, (_, i) => s.key(i));
            } catch {
              return [];
            }
          };
          return { localStorage: list('localStorage'), sessionStorage: list('sessionStorage') };
        })
        .catch(() => ({ localStorage: [], sessionStorage: [] }));
      const taken = new Map();
      const initiatorOf = (request) => {
        const u = request.url();
        const n = taken.get(u) || 0;
        taken.set(u, n + 1);
        const found = (initiators.get(u) || [])[n];
        if (found) return found;
        try {
          return request.frame().url() || null;
        } catch {
          return null;
        }
      };
      const seen = requests.map((r) => ({ url: r.url(), host: hostOf(r.url()), type: r.resourceType(), initiator: initiatorOf(r) }));
      return {
        cookies: jar.map((c) => ({
          name: c.name,
          domain: c.domain,
          path: c.path,
          expires: c.expires > 0 ? new Date(c.expires * 1000).toISOString() : 'session',
          setBy: setter(c),
        })),
        storage: ['localStorage', 'sessionStorage'].flatMap((area) =>
          keys[area].map((key) => {
            const w = writes.filter((x) => x.kind == 'storage' && x.area == area && x.name == key && x.frameHost == pageHost).pop();
            return { area, key, setBy: w ? w.url : null };
          }),
        ),
        requests: seen.slice(since).filter((r) => isThirdParty(r.host, pageHost)),
        consentryErrors: [...new Set(messages)],
        settled,
      };
    },
    close: () => context.close(),
  };
}
