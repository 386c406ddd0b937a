const prefix = '[consentry] ';
/** A mistake the site owner must fix; the library falls back to the safe outcome. */
const error = (message, ...extra) => console.error(prefix + message, ...extra);
/** Something odd that the library worked around. */
const warn = (message, ...extra) => console.warn(prefix + message, ...extra);

/** 13 months: the longest a choice may be kept (IAB TCF asks to re-confirm at least that often). */
const MAX_DAYS = 396;
const isObject = (v) => typeof v == 'object' && !!v && !Array.isArray(v);
const isString = (v) => typeof v == 'string' && v != '';
const isBool = (v) => typeof v == 'boolean';
const isStrings = (v) => Array.isArray(v) && v.every(isString);
/** `'/^_ga_/'` → RegExp; a plain name → null; a broken pattern throws. */
function cookiePattern(name) {
    const m = /^\/(.+)\/([a-z]*)$/.exec(name);
    return m ? new RegExp(m[1], m[2]) : null;
}
/**
 * Checks the site owner's config and fills in defaults. Each mistake is reported with its field and the
 * fix; any mistake makes the config unusable (null), so that nothing non-essential runs.
 */
function resolveConfig(input) {
    const problems = [];
    /** Reports `field` unless `ok`; returns ok. */
    const need = (ok, field, fix) => ok || !problems.push(`${field} ${fix}`);
    /** An optional field: absent, or passing `test`. */
    const may = (v, test, field, fix) => v === undefined || need(test(v), field, fix);
    const flags = (o, field, names) => names.split(' ').forEach((n) => may(o[n], isBool, `${field}.${n}`, 'must be true or false'));
    const text = 'must be a non-empty string';
    if (!need(isObject(input), 'config', 'must be an object with policy and categories (window.consentryConfig or init())'))
        return report(problems);
    const c = input;
    const categories = isObject(c.categories) ? c.categories : {};
    const services = {};
    if (need(isObject(c.policy), 'policy', "must be an object: { url: '/privacy', revision: '2020-09-25' }")) {
        need(isString(c.policy.url), 'policy.url', `${text}: the URL of your privacy policy`);
        need(isString(c.policy.revision), 'policy.revision', `${text}: the policy's revision, such as its update date '2020-09-25'`);
    }
    need(Object.keys(categories).length, 'categories', "must be an object such as { necessary: { required: true }, analytics: {} }");
    for (const id in categories) {
        const cat = categories[id];
        const field = 'categories.' + id;
        if (!need(isObject(cat), field, 'must be an object, for example {}'))
            continue;
        flags(cat, field, 'required sale reload');
        may(cat.policyAnchor, isString, field + '.policyAnchor', `${text} such as '#analytics'`);
    }
    if (may(c.services, isObject, 'services', "must be an object keyed by service id: { 'site-analytics': { category: 'analytics' } }")) {
        for (const id in c.services) {
            const svc = c.services[id];
            const field = 'services.' + id;
            if (!need(isObject(svc), field, "must be an object such as { category: 'analytics' }"))
                continue;
            need(!(id in categories), field, 'shares its id with a category: rename one of them');
            need(isObject(categories[svc.category]), field + '.category', `must name a category: ${Object.keys(categories).join(', ')}`);
            may(svc.hosts, isStrings, field + '.hosts', "must be an array of host names such as ['connect.facebook.net']");
            may(svc.policyAnchor, isString, field + '.policyAnchor', `${text} such as '#advertising'`);
            const cookies = [];
            if (may(svc.cookies, Array.isArray, field + '.cookies', "must be an array such as ['_ga', '/^_ga_/']")) {
                (svc.cookies || []).forEach((entry, i) => {
                    const spec = (isString(entry) ? { name: entry } : entry);
                    const at = `${field}.cookies[${i}]`;
                    if (!need(isObject(spec) && isString(spec.name), at, "must be a cookie name, a '/regex/' string or { name, lifetime }"))
                        return;
                    may(spec.lifetime, isString, at + '.lifetime', `${text} such as '13 months'`);
                    try {
                        cookiePattern(spec.name);
                        cookies.push(spec);
                    }
                    catch {
                        need(0, at, `'${spec.name}' is not a valid /regex/: fix the pattern or give the plain cookie name`);
                    }
                });
            }
            services[id] = { ...svc, cookies, hosts: (svc.hosts || []).map((h) => h.toLowerCase()) };
        }
    }
    const cookie = c.cookie || {};
    let days = cookie.days || 182;
    if (may(c.cookie, isObject, 'cookie', "must be an object such as { name: 'consentry', days: 182 }")) {
        may(cookie.name, (n) => isString(n) && /^[\w-]+$/.test(n), 'cookie.name', 'must use letters, digits, - and _ only');
        may(cookie.domain, isString, 'cookie.domain', `${text} such as 'example.com'`);
        may(cookie.days, (d) => d > 0, 'cookie.days', 'must be a positive number of days, at most 396');
        if (days > MAX_DAYS)
            warn(`cookie.days ${days} is over 13 months; using ${(days = MAX_DAYS)}`);
    }
    may(c.mode, (m) => m == 'opt-in' || m == 'opt-out', 'mode', "must be 'opt-in' or 'opt-out'");
    flags(c, 'config', 'gpc');
    may(c.dataLayer, (d) => d === false || /^[A-Za-z_$][\w$]*$/.test(d), 'dataLayer', "must be a global variable name such as 'dataLayer', or false");
    may(c.nonce, isString, 'nonce', `${text}: your Content-Security-Policy nonce`);
    may(c.ui, isObject, 'ui', 'must be an object');
    may(c.ui?.src, isString, 'ui.src', `${text}: the URL of consentry-ui.js`);
    may(c.receipts, (r) => isObject(r) && isString(r.endpoint), 'receipts', "must be { endpoint: '/consent-receipts' }");
    const cm = c.consentMode;
    if (may(cm, (v) => v === false || isObject(v), 'consentMode', 'must be an object or false') && cm) {
        may(cm.waitForUpdate, (w) => w >= 0, 'consentMode.waitForUpdate', 'must be milliseconds, for example 500');
        flags(cm, 'consentMode', 'adsDataRedaction urlPassthrough');
        if (may(cm.map, isObject, 'consentMode.map', "must be an object such as { analytics_storage: 'analytics' }")) {
            for (const type in cm.map) {
                need([].concat(cm.map[type]).every((id) => id in categories || id in services), 'consentMode.map.' + type, 'must name category or service ids of this config');
            }
        }
        may(cm.regions, (r) => Array.isArray(r) && r.every((x) => isObject(x) && isStrings(x.region) && isStrings(x.granted)), 'consentMode.regions', "must be [{ region: ['US-CA'], granted: ['analytics_storage'] }]");
    }
    if (problems.length)
        return report(problems);
    // Without an explicit `sale` anywhere, advertising is what Global Privacy Control and opt-out mode hold back.
    const cats = { ...categories };
    if (cats.advertising && !Object.keys(cats).some((id) => 'sale' in cats[id]))
        cats.advertising = { ...cats.advertising, sale: true };
    return {
        ...c,
        categories: cats,
        services,
        cookie: { ...cookie, name: cookie.name || 'consentry', days },
        mode: c.mode || 'opt-in',
        gpc: c.gpc !== false,
        consentMode: cm === false ? false : cm || {},
        dataLayer: c.dataLayer ?? 'dataLayer',
        ui: c.ui || {},
    };
}
function report(problems) {
    for (const p of problems)
        error(`config ${p}. Until it is fixed, nothing non-essential runs.`);
    return null;
}

/** FNV-1a, 32 bits, in base 36: short stable ids for the cookie and a checksum against tampering. */
function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return (h >>> 0).toString(36);
}

const FORMAT = '1';
const METHODS = ['accept-all', 'reject-all', 'custom', 'api'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Times before this are not from this library. */
const EPOCH = 1.6e9;
/** Clock skew tolerated for times in the future. */
const SKEW = 86400;
/**
 * `1.<id>.<revision hash>.<given>.<updated>.<method><gpc>.<categories>.<services on>.<services off>.<checksum>`
 * Categories are the hashes of the allowed ones; services only where they differ from their category, so
 * the cookie stays small whatever the ids' length (100 services: under 1 KB).
 */
function encode(r, config) {
    const on = [];
    const off = [];
    for (const id in config.services) {
        const value = r.services[id];
        if (value !== undefined && value !== !!r.categories[config.services[id].category])
            (value ? on : off).push(hash(id));
    }
    const body = [
        FORMAT,
        r.id,
        hash(r.revision),
        r.givenAt.toString(36),
        r.updatedAt.toString(36),
        METHODS.indexOf(r.method) + (r.gpc ? 'g' : ''),
        Object.keys(r.categories).filter((id) => r.categories[id]).map(hash).join('_'),
        on.join('_'),
        off.join('_'),
    ].join('.');
    return body + '.' + hash(body);
}
/** Reads a cookie value back against the current config. Never throws. */
function decode(value, config, now = Date.now() / 1000) {
    if (!value)
        return { status: 'none' };
    const parts = value.split('.');
    const [format, id, revision, given, updated, flags, cats, on, off, check] = parts;
    const givenAt = parseInt(given, 36);
    const updatedAt = parseInt(updated, 36);
    const method = METHODS[parseInt(flags, 10)];
    if (parts.length != 10 ||
        format != FORMAT ||
        check != hash(parts.slice(0, 9).join('.')) ||
        !UUID.test(id) ||
        !/^\d(g?)$/.test(flags) ||
        !method ||
        !(givenAt >= EPOCH && givenAt <= updatedAt && updatedAt <= now + SKEW)) {
        return { status: 'invalid' };
    }
    if (updatedAt + config.cookie.days * 86400 < now)
        return { status: 'expired' };
    const has = (list, key) => list.split('_').indexOf(hash(key)) >= 0;
    const categories = {};
    const services = {};
    for (const cat in config.categories)
        categories[cat] = has(cats, cat);
    for (const svc in config.services) {
        services[svc] = has(on, svc) || (!has(off, svc) && categories[config.services[svc].category]);
    }
    const record = {
        id,
        revision: config.policy.revision,
        givenAt,
        updatedAt,
        method,
        gpc: flags.length > 1,
        categories,
        services,
    };
    return revision == hash(config.policy.revision) ? { status: 'valid', record } : { status: 'stale', record };
}

/*! js-cookie v3.0.8 | MIT */
function assign (target) {
  for (var i = 1; i < arguments.length; i++) {
    var source = arguments[i];
    for (var key in source) {
      if (key === '__proto__') continue
      target[key] = source[key];
    }
  }
  return target
}

var defaultConverter = {
  read: function (value) {
    if (value[0] === '"') {
      value = value.slice(1, -1);
    }
    return value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent)
  },
  write: function (value) {
    return encodeURIComponent(value).replace(
      /%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g,
      decodeURIComponent
    )
  }
};

function init$1(converter, defaultAttributes) {
  function set(name, value, attributes) {
    if (typeof document === 'undefined') {
      return
    }

    attributes = assign({}, defaultAttributes, attributes);

    if (typeof attributes.expires === 'number') {
      attributes.expires = new Date(Date.now() + attributes.expires * 864e5);
    }
    if (attributes.expires) {
      attributes.expires = attributes.expires.toUTCString();
    }

    name = encodeURIComponent(name)
      .replace(/%(2[346B]|5E|60|7C)/g, decodeURIComponent)
      .replace(/[()]/g, escape);

    var stringifiedAttributes = '';
    for (var attributeName in attributes) {
      if (!attributes[attributeName]) {
        continue
      }

      stringifiedAttributes += '; ' + attributeName;

      if (attributes[attributeName] === true) {
        continue
      }

      // Considers RFC 6265 section 5.2:
      // ...
      // 3.  If the remaining unparsed-attributes contains a %x3B (";")
      //     character:
      // Consume the characters of the unparsed-attributes up to,
      // not including, the first %x3B (";") character.
      // ...
      stringifiedAttributes += '=' + attributes[attributeName].split(';')[0];
    }

    return (document.cookie =
      name + '=' + converter.write(value, name) + stringifiedAttributes)
  }

  function get(name) {
    if (typeof document === 'undefined' || (arguments.length && !name)) {
      return
    }

    // To prevent the for loop in the first place assign an empty array
    // in case there are no cookies at all.
    var cookies = document.cookie ? document.cookie.split('; ') : [];
    var jar = {};
    for (var i = 0; i < cookies.length; i++) {
      var parts = cookies[i].split('=');
      var value = parts.slice(1).join('=');

      try {
        var found = decodeURIComponent(parts[0]);
        if (!(found in jar)) jar[found] = converter.read(value, found);
        if (name === found) {
          break
        }
      } catch (_e) {
        // Do nothing...
      }
    }

    return name ? jar[name] : jar
  }

  return Object.create(
    {
      set: set,
      get: get,
      remove: function (name, attributes) {
        set(
          name,
          '',
          assign({}, attributes, {
            expires: -1
          })
        );
      },
      withAttributes: function (attributes) {
        return init$1(this.converter, assign({}, this.attributes, attributes))
      },
      withConverter: function (converter) {
        return init$1(assign({}, this.converter, converter), this.attributes)
      }
    },
    {
      attributes: { value: Object.freeze(defaultAttributes) },
      converter: { value: Object.freeze(converter) }
    }
  )
}

var api = init$1(defaultConverter, { path: '/' });

const attributes = (domain, days) => ({
    path: '/',
    sameSite: 'Lax',
    secure: location.protocol == 'https:',
    domain,
    expires: days,
});
const readCookie = (name) => api.get(name);
/** Writes the consent cookie; false when the browser refused it (cookies blocked). */
function writeCookie(name, value, { domain, days }) {
    try {
        api.set(name, value, attributes(domain, days));
        return api.get(name) === value;
    }
    catch {
        return false;
    }
}
/** The current host and each parent domain: `a.shop.example.com` → itself, `shop.example.com`, `example.com`. */
function domains() {
    const parts = location.hostname.split('.');
    const list = [undefined];
    for (let i = 0; i < parts.length - 1; i++)
        list.push(parts.slice(i).join('.'));
    return list;
}
/** Deletes the named cookies (names or `/regex/` patterns) on this host and its parent domains, path `/`. */
function deleteCookies(specs) {
    if (!specs.length)
        return;
    const tests = specs.map(({ name }) => cookiePattern(name) || name);
    for (const name in api.get()) {
        if (tests.some((t) => (typeof t == 'string' ? t == name : t.test(name)))) {
            for (const domain of domains())
                api.remove(name, attributes(domain));
        }
    }
}

/**
 * One place that announces state: `on()` listeners, a `consentry:<name>` window event, and a
 * `consentry_<name>` dataLayer entry for tag managers. A throwing listener never stops the others.
 */
function createEvents(dataLayer) {
    const listeners = {};
    return {
        on(name, fn) {
            const list = (listeners[name] ||= []);
            list.push(fn);
            return () => {
                const i = list.indexOf(fn);
                if (i >= 0)
                    list.splice(i, 1);
            };
        },
        emit(name, detail, announce = true) {
            for (const fn of (listeners[name] || []).slice()) {
                try {
                    fn(detail);
                }
                catch (e) {
                    error(`a '${name}' listener threw`, e);
                }
            }
            if (!announce)
                return;
            dispatchEvent(new CustomEvent('consentry:' + name, { detail }));
            if (dataLayer)
                pushTo(dataLayer, { event: 'consentry_' + name, consentry: detail });
        },
    };
}
/** Pushes to the named global array, creating it when the page has none yet. */
function pushTo(name, entry) {
    const w = window;
    (w[name] ||= []).push(entry);
}

const DEFAULT_MAP = {
    ad_storage: 'advertising',
    ad_user_data: 'advertising',
    ad_personalization: 'advertising',
    analytics_storage: 'analytics',
    functionality_storage: 'preferences',
    personalization_storage: 'preferences',
    security_storage: '',
};
/**
 * Google Consent Mode v2. Uses the page's own `gtag` when it has one; otherwise defines the standard
 * one, which pushes its `arguments` object (gtag.js ignores plain arrays).
 */
function createConsentMode(config, dataLayer) {
    const w = window;
    const gtag = (w.gtag ||= function () {
        // eslint-disable-next-line prefer-rest-params
        pushTo(dataLayer, arguments);
    });
    const map = { ...DEFAULT_MAP, ...config.map };
    const state = (allowed, granted) => {
        const out = {};
        for (const type in map) {
            const ids = [].concat(map[type]);
            const on = granted ? granted.indexOf(type) >= 0 : ids.every((id) => id && allowed(id));
            out[type] = type == 'security_storage' || on ? 'granted' : 'denied';
        }
        return out;
    };
    for (const { region, granted } of config.regions || []) {
        gtag('consent', 'default', { ...state(() => false, granted), region });
    }
    gtag('consent', 'default', { ...state(() => false), wait_for_update: config.waitForUpdate ?? 500 });
    if (config.adsDataRedaction !== undefined)
        gtag('set', 'ads_data_redaction', config.adsDataRedaction);
    if (config.urlPassthrough !== undefined)
        gtag('set', 'url_passthrough', config.urlPassthrough);
    return (allowed) => gtag('consent', 'update', state(allowed));
}

/** Inert partner tags as site owners write them. */
const INERT = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src],img[data-consent][data-src]';
/** Only http(s) and relative URLs may be released; `javascript:` and `data:` never. */
function safeUrl(url) {
    try {
        return /^https?:$/.test(new URL(url, document.baseURI).protocol);
    }
    catch {
        return false;
    }
}
/**
 * Releases inert tags once their category or service is allowed: in document order, each external
 * script loaded before the next one runs, every attribute (and the nonce) carried over.
 * `allowedFor(el)` says whether the element's category or service is allowed now.
 */
function createTagRelease(allowedFor) {
    const seen = new WeakSet();
    const queue = [];
    let busy = false;
    const next = () => {
        busy = false;
        while (queue.length) {
            const el = queue.shift();
            if (el.tagName == 'SCRIPT') {
                const script = document.createElement('script');
                for (const { name, value } of Array.from(el.attributes)) {
                    if (name != 'type')
                        script.setAttribute(name, value);
                }
                const type = el.getAttribute('data-type');
                if (type)
                    script.type = type;
                script.nonce = el.nonce;
                const src = el.getAttribute('src');
                if (src) {
                    if (!safeUrl(src)) {
                        error(`refused to release a script with src '${src}': only http(s) URLs run`, el);
                        continue;
                    }
                    script.async = false;
                    busy = true;
                    script.onload = script.onerror = next;
                }
                else {
                    script.text = el.textContent || '';
                }
                el.replaceWith(script);
                if (busy)
                    return;
            }
            else {
                const src = el.getAttribute('data-src');
                if (!safeUrl(src)) {
                    error(`refused to release data-src '${src}': only http(s) URLs load`, el);
                    continue;
                }
                const srcset = el.getAttribute('data-srcset');
                if (srcset)
                    el.setAttribute('srcset', srcset);
                el.setAttribute('src', src);
            }
        }
    };
    /** Queues every allowed, not yet released tag under `root` (document order) and runs the queue. */
    const scan = (nodes = [document]) => {
        for (const node of Array.from(nodes)) {
            if (node.nodeType != 1 && node.nodeType != 9)
                continue;
            const el = node;
            const found = el.matches?.(INERT) ? [el] : [];
            if (node.firstElementChild)
                found.push(...Array.from(node.querySelectorAll(INERT)));
            for (const tag of found) {
                if (!seen.has(tag) && allowedFor(tag)) {
                    seen.add(tag);
                    queue.push(tag);
                }
            }
        }
        if (!busy)
            next();
    };
    return scan;
}

/** A random version 4 UUID; works on http pages too, where `crypto.randomUUID` is missing. */
function uuid() {
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    let s = '';
    for (let i = 0; i < 16; i++)
        s += (i == 4 || i == 6 || i == 8 || i == 10 ? '-' : '') + (b[i] + 256).toString(16).slice(1);
    return s;
}

/** The library's version; a unit test keeps it equal to package.json's. */
const VERSION = '0.1.0';

let warned = false;
const fail = () => {
    if (!warned)
        warn('a consent receipt could not be sent; the choice itself is kept');
    warned = true;
};
/** The body of a consent receipt: the site owner's proof of a decision. */
const receipt = (s, language) => ({
    receiptId: uuid(),
    consentId: s.id,
    time: s.updatedAt,
    revision: s.revision,
    method: s.method,
    categories: s.categories,
    services: s.services,
    gpc: s.gpc,
    language: language || document.documentElement.lang || navigator.language,
    url: location.href,
    version: VERSION,
});
/** Sends a receipt without delaying or breaking the page: a beacon, else `fetch` with keepalive. */
function sendReceipt(endpoint, s, language) {
    try {
        // text/plain keeps the request "simple": no CORS preflight, and beacons allow it.
        const body = JSON.stringify(receipt(s, language));
        if (!navigator.sendBeacon?.(endpoint, body)) {
            fetch(endpoint, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'text/plain' } }).then((r) => r.ok || fail(), fail);
        }
    }
    catch {
        fail();
    }
}

/**
 * Returns a loader that adds `consentry-ui.js` once, when a view is first needed. The default URL sits
 * next to the gate's own script, so copying `dist/` anywhere works.
 */
function createUiLoader(cfg, gateUrl) {
    let started = false;
    return () => {
        if (started)
            return;
        started = true;
        const src = cfg.ui.src || (gateUrl && new URL('consentry-ui.js', gateUrl).href);
        if (!src)
            return error("cannot tell where consentry-ui.js is: set ui.src to its URL");
        const script = document.createElement('script');
        script.src = src;
        if (cfg.nonce)
            script.nonce = cfg.nonce;
        document.head.appendChild(script);
    };
}

const now = () => Math.floor(Date.now() / 1000);
const iso = (seconds) => (seconds ? new Date(seconds * 1000).toISOString() : null);
/**
 * The consent engine behind `window.consentry` and `init()`: stored record → state → tags, Consent Mode,
 * events. `config` null means the site's config was unusable: the API answers, nothing non-essential runs,
 * and the visitor's stored choice is left untouched.
 */
function createConsentry(config, gateUrl) {
    const usable = !!config;
    const cfg = config || {
        policy: { url: '', revision: '' },
        categories: {},
        services: {},
        cookie: { name: 'consentry', days: 182 },
        mode: 'opt-in',
        gpc: true,
        consentMode: {},
        dataLayer: 'dataLayer',
        ui: {},
    };
    const { categories, services } = cfg;
    const gpc = cfg.gpc && navigator.globalPrivacyControl === true;
    const events = createEvents(cfg.dataLayer);
    const updateConsentMode = cfg.consentMode && createConsentMode(cfg.consentMode, cfg.dataLayer || 'dataLayer');
    let record = null;
    let previous = null;
    let stored = true;
    let pendingView = null;
    /** Category and service ids whose tags ran on this page. */
    const ran = {};
    let reloadNeeded = false;
    const loadUi = createUiLoader(cfg, gateUrl);
    /** What applies before any decision: required categories; in opt-out mode, whatever is not sale or shared. */
    const defaults = () => {
        const cats = {};
        for (const id in categories)
            cats[id] = !!categories[id].required || (cfg.mode == 'opt-out' && !categories[id].sale);
        return withServices(cats, {});
    };
    const withServices = (cats, svcs) => {
        const out = {};
        for (const id in services)
            out[id] = svcs[id] ?? cats[services[id].category];
        return { categories: cats, services: out };
    };
    const loaded = usable ? decode(readCookie(cfg.cookie.name), cfg) : { status: 'none' };
    if (loaded.status == 'invalid')
        error(`the stored consent cookie '${cfg.cookie.name}' is malformed or was altered; asking the visitor again`);
    if (loaded.status == 'valid')
        record = loaded.record;
    if (loaded.status == 'stale')
        previous = loaded.record;
    let state = record || defaults();
    const snapshot = () => ({
        given: !!record,
        id: record?.id || null,
        revision: cfg.policy.revision,
        categories: { ...state.categories },
        services: { ...state.services },
        givenAt: iso(record?.givenAt),
        updatedAt: iso(record?.updatedAt),
        method: record?.method || null,
        gpc,
        mode: cfg.mode,
        stored,
        reloadNeeded,
        previous: previous && { categories: { ...previous.categories }, services: { ...previous.services } },
    });
    const allowed = (id) => !!(state.services[id] ?? state.categories[id]);
    const reported = new WeakSet();
    const release = createTagRelease((el) => {
        const cat = el.getAttribute('data-consent');
        const svc = el.getAttribute('data-service');
        const known = cat in categories && (!svc || services[svc]?.category == cat);
        if (!known) {
            if (usable && !reported.has(el)) {
                reported.add(el);
                error(`data-consent="${cat}"${svc ? ` data-service="${svc}"` : ''} names no category (or service of that category) in the config; the tag stays inert`, el);
            }
            return false;
        }
        const ok = allowed(svc || cat);
        if (ok)
            ran[cat] = ran[svc || cat] = true;
        return ok;
    });
    /** Moves to a new state: cookies of what was withdrawn go, newly allowed tags run, everyone is told. */
    const apply = (next, method) => {
        const before = state;
        state = next;
        const changed = [before.categories, before.services].some((map, i) => Object.keys(map).some((id) => map[id] != [next.categories, next.services][i][id]));
        const withdrawn = [...Object.keys(categories), ...Object.keys(services)].filter((id) => {
            const was = before.services[id] ?? before.categories[id];
            return was && !allowed(id);
        });
        const specs = withdrawn.flatMap((id) => services[id]?.cookies || Object.keys(services).filter((s) => services[s].category == id).flatMap((s) => services[s].cookies));
        deleteCookies(specs);
        if (withdrawn.some((id) => ran[id] && categories[services[id]?.category || id].reload !== false))
            reloadNeeded = true;
        release();
        const snap = snapshot();
        if (method)
            events.emit('consent', snap);
        if (changed) {
            if (updateConsentMode)
                updateConsentMode(allowed);
            events.emit('change', snap);
        }
        return snap;
    };
    /** Records a decision: the cookie, then the new state. */
    const decide = (cats, svcs, method) => {
        if (!usable) {
            error('the config is unusable (see the errors above), so no decision can be recorded');
            return snapshot();
        }
        const t = now();
        const next = withServices(cats, svcs);
        record = { id: record?.id || uuid(), revision: cfg.policy.revision, givenAt: record?.givenAt || t, updatedAt: t, method, gpc, ...next };
        previous = null;
        stored = writeCookie(cfg.cookie.name, encode(record, cfg), cfg.cookie);
        const snap = apply(next, method);
        if (cfg.receipts)
            sendReceipt(cfg.receipts.endpoint, snap, cfg.ui.language);
        return snap;
    };
    const all = (value, method) => {
        const cats = {};
        for (const id in categories)
            cats[id] = !!categories[id].required || (value && !(gpc && categories[id].sale));
        return decide(cats, {}, method);
    };
    const show = (view) => {
        if (!usable)
            return;
        pendingView = view;
        events.emit('show', view, false);
        loadUi();
    };
    const api = {
        version: VERSION,
        config: cfg,
        get: snapshot,
        allowed,
        acceptAll: (method = 'api') => all(true, method),
        rejectAll: (method = 'api') => all(false, method),
        set(choices, method = 'api') {
            const cats = { ...state.categories };
            const svcs = { ...state.services };
            for (const id in choices) {
                const value = choices[id] === true;
                if (categories[id]) {
                    cats[id] = value || !!categories[id].required;
                    for (const s in services)
                        if (services[s].category == id && !(s in choices))
                            svcs[s] = cats[id];
                }
                else if (services[id])
                    svcs[id] = value;
                else
                    error(`set(): '${id}' is neither a category nor a service in the config; ignored`);
            }
            return decide(cats, svcs, method);
        },
        showBanner: () => show('banner'),
        showPreferences: () => show('preferences'),
        reset() {
            record = null;
            if (usable)
                writeCookie(cfg.cookie.name, '', { domain: cfg.cookie.domain, days: -1 });
            apply(defaults(), null);
            show('banner');
        },
        on(name, fn) {
            const off = events.on(name, fn);
            // The UI subscribes after it loads: hand it the view it was loaded for.
            if (name == 'show' && pendingView)
                fn(pendingView);
            return off;
        },
    };
    if (updateConsentMode && (record || cfg.mode == 'opt-out'))
        updateConsentMode(allowed);
    release();
    if (typeof MutationObserver == 'function')
        new MutationObserver((list) => list.forEach((m) => release(m.addedNodes))).observe(document, { childList: true, subtree: true });
    addEventListener('click', (e) => {
        const target = e.target;
        if (target?.closest?.('[data-consentry-open]')) {
            e.preventDefault();
            api.showPreferences();
        }
    });
    const ready = () => {
        release();
        events.emit('ready', snapshot());
    };
    if (document.readyState == 'loading')
        document.addEventListener('DOMContentLoaded', ready);
    else
        setTimeout(ready);
    if (!record)
        show('banner');
    return api;
}

/**
 * Starts Consentry once per page and exposes it as `window.consentry`. Never throws into the page:
 * a bad config gives console errors and an instance under which nothing non-essential runs.
 */
function init(input, script = document.currentScript) {
    if (window.consentry) {
        warn('Consentry is included more than once; keeping the first instance. Remove the extra script tag or init() call.');
        return window.consentry;
    }
    let config = null;
    try {
        config = resolveConfig(input);
        if (config && !config.nonce)
            config.nonce = script?.nonce || undefined;
    }
    catch (e) {
        error('could not read the config', e);
    }
    return (window.consentry = createConsentry(config, script?.src));
}

export { init };
