/** 13 months: the longest a choice may be kept (IAB TCF asks to re-confirm at least that often). */
const MAX_DAYS = 396;
const isObject = (v) => typeof v == 'object' && !!v && !Array.isArray(v);
/**
 * Reads the site owner's config the way the gate needs it on every page view: defaults filled in, and every
 * doubtful value read as the safe one (`required: 'yes'` is not `true`, an unknown mode is opt-in). Null when
 * the config cannot be used at all. The full diagnostics with a message per mistake are `checkConfig`.
 */
function readConfig(input) {
    const c = input;
    const all = (o) => isObject(o) && Object.values(o).every(isObject);
    if (!isObject(c) || !isObject(c.policy) || typeof c.policy.revision != 'string' || !all(c.categories) || !(c.services ? all(c.services) : 1))
        return null;
    const categories = {};
    const noSale = Object.values(c.categories).every((cat) => cat.sale === undefined);
    for (const id in c.categories) {
        const cat = c.categories[id];
        // Without an explicit `sale` anywhere, advertising is what Global Privacy Control and opt-out mode hold back.
        categories[id] = { ...cat, required: cat.required === true, sale: !!cat.sale || (noSale && id == 'advertising') };
    }
    const services = {};
    for (const id in c.services) {
        const svc = c.services[id];
        services[id] = {
            ...svc,
            cookies: Array.isArray(svc.cookies) ? svc.cookies.map((spec) => (isObject(spec) ? spec : { name: spec })) : [],
            hosts: Array.isArray(svc.hosts) ? svc.hosts.map((h) => String(h).toLowerCase()) : [],
        };
    }
    const cookie = isObject(c.cookie) ? c.cookie : {};
    const days = +cookie.days > 0 ? Math.min(+cookie.days, MAX_DAYS) : 182;
    const cm = c.consentMode;
    // RegExp.test() would read undefined as the string 'undefined': test strings only.
    const matches = (v, re) => typeof v == 'string' && re.test(v);
    return {
        ...c,
        categories,
        services,
        cookie: { ...cookie, name: matches(cookie.name, /^[\w-]+$/) ? cookie.name : 'consentry', days },
        mode: c.mode == 'opt-out' ? 'opt-out' : 'opt-in',
        gpc: c.gpc !== false,
        consentMode: cm === false ? false : isObject(cm) ? cm : {},
        dataLayer: c.dataLayer === false ? false : matches(c.dataLayer, /^[A-Za-z_$][\w$]*$/) ? c.dataLayer : 'dataLayer',
        ui: isObject(c.ui) ? c.ui : {},
    };
}

/** FNV-1a, 32 bits, in base 36: short stable ids for the cookie and a checksum against tampering. */
function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return (h >>> 0).toString(36);
}

const METHODS = ['accept-all', 'reject-all', 'custom', 'api'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Times before this are not from this library. */
const EPOCH = 1.6e9;
/** Clock skew tolerated for times in the future. */
const SKEW = 86400;
/**
 * `2.<id>.<revision hash>.<given>.<updated>.<method><gpc>.<categories>.<services on>.<services off>.<config hash>.<checksum>`
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
        2,
        r.id,
        hash(r.revision),
        r.givenAt.toString(36),
        r.updatedAt.toString(36),
        METHODS.indexOf(r.method) + (r.gpc ? 'g' : ''),
        Object.keys(r.categories).filter((id) => r.categories[id]).map(hash).join('_'),
        on.join('_'),
        off.join('_'),
        r.configHash,
    ].join('.');
    return body + '.' + hash(body);
}
/** Reads a cookie value back against the current config. Never throws. */
function decode(value, config, now = Date.now() / 1000) {
    if (!value)
        return { status: 'none' };
    const parts = value.split('.');
    const check = parts.pop();
    const sum = hash(parts.join('.'));
    // Format 1 is format 2 without the config fingerprint.
    if (parts[0] == '1')
        parts.push('');
    const [format, id, revision, given, updated, flags, cats, on, off, configHash] = parts;
    const givenAt = parseInt(given, 36);
    const updatedAt = parseInt(updated, 36);
    const method = METHODS[parseInt(flags, 10)];
    if (parts.length != 10 ||
        check != sum ||
        !/^[12]$/.test(format) ||
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
        configHash,
    };
    return revision == hash(config.policy.revision) ? { status: 'valid', record } : { status: 'stale', record };
}

const prefix = '[consentry] ';
/** A mistake the site owner must fix; the library falls back to the safe outcome. */
const error = (message, ...extra) => console.error(prefix + message, ...extra);
/** Something odd that the library worked around. */
const warn = (message, ...extra) => console.warn(prefix + message, ...extra);

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

/** Only http(s) and relative URLs may be released or loaded; `javascript:` and `data:` never. */
function safeUrl(url) {
    try {
        return /^https?:$/.test(new URL(url, document.baseURI).protocol);
    }
    catch {
        return false;
    }
}

/** Inert partner tags as site owners write them. */
const INERT = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src],img[data-consent][data-src]';
/** Refuses, with a console error, what `safeUrl` does not allow. */
function releasable(url, el) {
    const ok = safeUrl(url);
    if (!ok)
        error(`refused to release '${url}': only http(s) URLs load`, el);
    return ok;
}
/**
 * While the page is loading, an inline script with nothing after it in the document may be cut off where
 * the network or the parser paused: its text is complete only once something follows it.
 */
function stillParsing(el) {
    if (document.readyState != 'loading' || el.tagName != 'SCRIPT' || el.hasAttribute('src'))
        return false;
    for (let n = el; n; n = n.parentNode)
        if (n.nextSibling)
            return false;
    return true;
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
                    if (!releasable(src, el))
                        continue;
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
                if (!releasable(src, el))
                    continue;
                const srcset = el.getAttribute('data-srcset');
                if (srcset)
                    el.setAttribute('srcset', srcset);
                el.setAttribute('src', src);
            }
        }
    };
    /** Inline scripts the parser may still be filling: checked again on the next scan. */
    let waiting = [];
    /** Queues every allowed, not yet released tag in `nodes` (document order) and runs the queue. */
    const scan = (nodes = [document]) => {
        const found = waiting;
        waiting = [];
        for (const node of Array.from(nodes)) {
            if (node.nodeType != 1 && node.nodeType != 9)
                continue;
            const el = node;
            if (el.matches?.(INERT))
                found.push(el);
            if (node.firstElementChild)
                found.push(...Array.from(node.querySelectorAll(INERT)));
        }
        for (const tag of found) {
            if (seen.has(tag))
                continue;
            if (stillParsing(tag))
                waiting.push(tag);
            else if (allowedFor(tag)) {
                seen.add(tag);
                queue.push(tag);
            }
        }
        if (!busy)
            next();
    };
    return scan;
}

/**
 * Loads Consentry's own lazy files once each, and says which one failed and how to fix it. The UI, the engine
 * and the settings button sit next to the gate's script (so copying `dist/` anywhere works) unless `ui.src` /
 * `engineSrc` say otherwise.
 */
function createScriptLoader(cfg, gateSrc) {
    const loads = {};
    return (key, file) => (loads[key] ||= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = (key == 'ui' ? cfg.ui.src : key == 'engine' && cfg.engineSrc) || new URL(file, gateSrc || document.baseURI).href;
        if (cfg.nonce)
            script.nonce = cfg.nonce;
        script.onload = () => resolve();
        script.onerror = () => {
            error(`could not load ${script.src}: keep ${file} next to consentry.js, or set ${key == 'ui' ? 'ui.src' : key == 'engine' ? 'engineSrc' : 'ui.settingsButton: false'}`);
            reject();
        };
        document.head.appendChild(script);
    }));
}

/** The library's version; a unit test keeps it equal to package.json's. */
const VERSION = '0.1.0';

const CHECKED = 'consentry-checked';
const iso = (seconds) => (seconds ? new Date(seconds * 1000).toISOString() : null);
/** The cookie's value. The record's alphabet ([0-9a-z._-]) needs no decoding. */
const readCookie = (name) => document.cookie
    .split('; ')
    .find((c) => c.startsWith(name + '='))
    ?.slice(name.length + 1);
/**
 * The gate: config → stored record → state → tags, Consent Mode, events, the API. Runs on every page view,
 * so it only reads; recording a decision is the engine's job, loaded when first needed. A null `config`
 * means the site's config was unusable: the API answers, nothing non-essential runs, the stored choice stays.
 */
function createConsentry(input, config, { engine: factory, button, src }) {
    const cfg = config || readConfig({ policy: { revision: '' }, categories: {} });
    const { categories, services } = cfg;
    const events = createEvents(cfg.dataLayer);
    const updateConsentMode = cfg.consentMode && createConsentMode(cfg.consentMode, cfg.dataLayer || 'dataLayer');
    const load = createScriptLoader(cfg, src);
    let engine;
    let usable = !!config;
    let held = true;
    let pendingView = null;
    let previous = null;
    let reloadNeeded = false;
    /** Category and service ids whose tags ran on this page. */
    const ran = {};
    const withServices = (cats, svcs) => {
        const out = {};
        for (const id in services)
            out[id] = svcs[id] ?? cats[services[id].category];
        return { categories: cats, services: out };
    };
    /** Before any decision: required categories; in opt-out mode also whatever is not sold or shared. */
    const defaults = () => {
        const cats = {};
        for (const id in categories)
            cats[id] = categories[id].required || (cfg.mode == 'opt-out' && !categories[id].sale);
        return withServices(cats, {});
    };
    /** Reads the stored record: valid → the choice; older policy revision → `previous`; broken → ask again. */
    const readRecord = () => {
        const d = decode((core.seen = readCookie(cfg.cookie.name)), cfg);
        if (d.status == 'invalid')
            error(`the stored consent cookie '${cfg.cookie.name}' is malformed or was altered; asking the visitor again`);
        previous = d.status == 'stale' ? d.record : null;
        return d.status == 'valid' ? d.record : null;
    };
    const snapshot = () => {
        const { record, state } = core;
        const snap = {
            given: !!record,
            id: record?.id || null,
            revision: cfg.policy.revision,
            categories: { ...state.categories },
            services: { ...state.services },
            givenAt: iso(record?.givenAt),
            updatedAt: iso(record?.updatedAt),
            method: record?.method || null,
            gpc: core.gpc,
            mode: cfg.mode,
            stored: core.stored,
            reloadNeeded,
            previous: previous && { categories: { ...previous.categories }, services: { ...previous.services } },
        };
        return snap;
    };
    const allowed = (id) => usable && !held && !!(core.state.services[id] ?? core.state.categories[id]);
    const reported = new WeakSet();
    const release = createTagRelease((el) => {
        const cat = el.getAttribute('data-consent');
        const svc = el.getAttribute('data-service');
        if (!categories[cat] || (svc && services[svc]?.category != cat)) {
            if (usable && !reported.has(el)) {
                reported.add(el);
                error(`data-consent="${cat}"${svc ? ` data-service="${svc}"` : ''} names no category (or service of that category) in the config; the tag stays inert`, el);
            }
            return false;
        }
        return allowed(svc || cat) && (ran[cat] = ran[svc || cat] = true);
    });
    const apply = (next, method) => {
        const before = core.state;
        core.state = next;
        const changed = ['categories', 'services'].some((k) => Object.keys(next[k]).some((id) => before[k][id] != next[k][id]));
        for (const id in ran)
            if (!allowed(id) && categories[services[id]?.category || id].reload !== false)
                reloadNeeded = true;
        // Consent Mode first, so that released tags and tags fired by the events below see the new state.
        if (changed && updateConsentMode)
            updateConsentMode(allowed);
        release();
        whenReady(drawButton);
        const snap = snapshot();
        if (method)
            events.emit('consent', snap);
        if (changed)
            events.emit('change', snap);
        return snap;
    };
    const core = {
        input,
        cfg,
        gpc: cfg.gpc && navigator.globalPrivacyControl === true,
        record: null,
        state: { categories: {}, services: {} },
        seen: undefined,
        stored: true,
        defaults,
        withServices,
        apply,
        disable() {
            usable = false;
            apply(core.state, null);
        },
        configHash: fingerprint(input),
        checked(mark) {
            const { configHash } = core;
            if (!usable || !configHash)
                return false;
            try {
                if (mark)
                    localStorage.setItem(CHECKED, configHash);
                // The record answers without touching localStorage, whose first use blocks the page for milliseconds.
                return core.record?.configHash == configHash || localStorage.getItem(CHECKED) == configHash;
            }
            catch {
                return false; // storage blocked: check every time the record does not answer
            }
        },
    };
    core.record = usable ? readRecord() : null;
    core.state = core.record || defaults();
    const useEngine = () => engine
        ? Promise.resolve(engine)
        : load('engine', 'consentry-engine.js').then(() => {
            const make = window.consentryEngine;
            if (!make)
                throw error('consentry-engine.js did not start: check engineSrc');
            return (engine ||= make(core));
        });
    /** Runs a decision through the engine: at once when it is here, else once it has loaded. */
    const decide = (run) => engine
        ? Promise.resolve(run(engine))
        : useEngine().then(run, snapshot);
    /** The floating way back to the preferences, once a choice exists; returning visitors load no UI for it. */
    const drawButton = () => {
        if (!core.record || cfg.ui.settingsButton === false)
            return;
        if (button)
            button(cfg, api.showPreferences);
        else
            load('button', 'consentry-settings-button.js').catch(() => 0);
    };
    const show = (view) => {
        if (!usable)
            return;
        pendingView = view;
        events.emit('show', view, false);
        load('ui', 'consentry-ui.js').catch(() => 0);
        useEngine().catch(() => 0);
    };
    const api = {
        version: VERSION,
        config: cfg,
        get: snapshot,
        allowed,
        acceptAll: (method = 'api') => decide((e) => e.all(true, method)),
        rejectAll: (method = 'api') => decide((e) => e.all(false, method)),
        set: (choices, method = 'api') => decide((e) => e.set(choices, method)),
        reset: () => decide((e) => {
            const snap = e.reset();
            show('banner');
            return snap;
        }),
        showBanner: () => show('banner'),
        showPreferences: () => show('preferences'),
        on(name, fn) {
            const off = events.on(name, fn);
            // The UI subscribes once it has loaded: hand it the view it was loaded for.
            if (name == 'show' && pendingView)
                fn(pendingView);
            return off;
        },
    };
    // Until the engine has checked this config in full, nothing is released and Consent Mode stays at its
    // default. A returning visitor whose record was written under this very config skips it.
    const start = () => {
        held = false;
        if (updateConsentMode && (core.record || cfg.mode == 'opt-out'))
            updateConsentMode(allowed);
        release();
    };
    if (factory)
        engine = factory(core);
    if (engine || core.checked())
        start();
    else
        useEngine().then(start, () => 0);
    new MutationObserver((list) => list.forEach((m) => release(m.addedNodes))).observe(document, { childList: true, subtree: true });
    addEventListener('click', (e) => {
        if (e.target.closest?.('[data-consentry-open]')) {
            e.preventDefault();
            api.showPreferences();
        }
    });
    // A choice made in another tab (or before this page came back from the back/forward cache) applies here too.
    const sync = () => {
        if (usable && core.stored && readCookie(cfg.cookie.name) != core.seen) {
            core.record = readRecord();
            apply(core.record || defaults(), null);
            if (!core.record)
                show('banner');
        }
    };
    addEventListener('pageshow', sync);
    document.addEventListener('visibilitychange', sync);
    if (typeof BroadcastChannel == 'function')
        new BroadcastChannel('consentry').onmessage = sync;
    whenReady(() => {
        release();
        drawButton();
        events.emit('ready', snapshot());
    });
    if (!core.record)
        show('banner');
    return api;
}
/** The config's fingerprint; '' for a config that is not plain data (never trusted as checked). */
function fingerprint(input) {
    try {
        return hash(JSON.stringify(input));
    }
    catch {
        return '';
    }
}
/** Runs `fn` once the document has parsed (or right after the current script, when it already has). */
function whenReady(fn) {
    if (document.readyState == 'loading')
        document.addEventListener('DOMContentLoaded', fn);
    else
        Promise.resolve().then(fn);
}

/**
 * Starts Consentry once per page and exposes it as `window.consentry`. Never throws into the page: a bad
 * config gives console errors and an instance under which nothing non-essential runs.
 */
function start(input, bundled = {}, script = document.currentScript) {
    if (window.consentry) {
        warn('included twice: keeping the first; remove the extra script tag or init() call');
        return window.consentry;
    }
    if (script?.async || script?.defer) {
        warn('load consentry.js without async or defer, first in <head>, so that Consent Mode defaults come first');
    }
    try {
        const config = readConfig(input);
        // An unusable config (null) is reported field by field by the engine, which loads because it is unchecked.
        if (config)
            config.nonce ||= script?.nonce || undefined;
        return (window.consentry = createConsentry(input, config, { ...bundled, src: script?.src }));
    }
    catch (e) {
        error('could not start; nothing non-essential runs', e);
    }
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
/** `'/^_ga_/'` → RegExp; a plain name → null; a broken pattern throws. */
function cookiePattern(name) {
    const m = /^\/(.+)\/([a-z]*)$/.exec(name);
    return m ? new RegExp(m[1], m[2]) : null;
}
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
const removeCookie = (name, domain) => api.remove(name, attributes(domain));
/** Deletes the named cookies (names or `/regex/` patterns) on this host and its parent domains, path `/`. */
function deleteCookies(specs) {
    if (!specs.length)
        return;
    const tests = specs.map(({ name }) => {
        try {
            return cookiePattern(name) || name;
        }
        catch {
            return name;
        }
    });
    for (const name in api.get()) {
        if (tests.some((t) => (typeof t == 'string' ? t == name : t.test(name)))) {
            for (const domain of domains())
                api.remove(name, attributes(domain));
        }
    }
}

const isString = (v) => typeof v == 'string' && v != '';
const isStrings = (v) => Array.isArray(v) && v.every(isString);
/** What each kind of field must be, and how the error message says it. */
const KINDS = {
    s: [isString, 'a non-empty string'],
    b: [(v) => typeof v == 'boolean', 'true or false'],
    o: [isObject, 'an object'],
    n: [(v) => typeof v == 'number' && v >= 0, 'a number, 0 or more'],
    a: [isStrings, 'an array of strings'],
};
/**
 * The full diagnostics of a site owner's config: one message per mistake, naming the field and what it must
 * be. Any mistake makes the config unusable, so that nothing non-essential runs until it is fixed.
 */
function checkConfig(input) {
    const problems = [];
    /** Reports `field` unless `ok`; returns ok. */
    const need = (ok, field, fix) => ok || !problems.push(`${field} must be ${fix}`);
    /** Checks the fields of `o` named in `spec`; `required` ones must be present. Returns whether `o` is usable. */
    const fields = (o, path, spec, required) => (o === undefined && !required) ||
        (need(isObject(o), path, KINDS.o[1]) &&
            Object.keys(spec).every((key) => {
                const v = o[key];
                const [test, fix] = KINDS[spec[key]];
                return (v === undefined && !required) || need(test(v), `${path}.${key}`, fix);
            }));
    if (!fields(input, 'config', { policy: 'o', categories: 'o' }, true))
        return problems;
    const c = input;
    const { categories } = c;
    fields(c.policy, 'config.policy', { url: 's', revision: 's' }, true);
    need(Object.keys(categories).length, 'config.categories', 'a non-empty object: { necessary: { required: true }, analytics: {} }');
    for (const id in categories)
        fields(categories[id], 'config.categories.' + id, { required: 'b', sale: 'b', reload: 'b', policyAnchor: 's' });
    const services = c.services || {};
    if (fields(c.services, 'config.services', {})) {
        for (const id in c.services) {
            const svc = c.services[id];
            const path = 'config.services.' + id;
            if (!fields(svc, path, { hosts: 'a', policyAnchor: 's' }))
                continue;
            need(!categories[id], path, 'renamed: a category has the same id');
            need(isObject(categories[svc.category]), path + '.category', 'one of: ' + Object.keys(categories).join(', '));
            if (need(!svc.cookies || Array.isArray(svc.cookies), path + '.cookies', "an array such as ['_ga', '/^_ga_/']")) {
                (svc.cookies || []).forEach((entry, i) => {
                    const spec = (isString(entry) ? { name: entry } : entry);
                    const at = `${path}.cookies[${i}]`;
                    if (!fields(spec, at, { name: 's' }) || !need(spec.name, at + '.name', KINDS.s[1]))
                        return;
                    const life = spec.lifetime;
                    need(life === undefined || isString(life) || (isObject(life) && Object.keys(life).length == 1 && /^(minute|hour|day|month|year)s$/.test(Object.keys(life)[0]) && Object.values(life)[0] >= 0), at + '.lifetime', 'text, or one of minutes, hours, days, months, years: { months: 13 }');
                    try {
                        cookiePattern(spec.name);
                    }
                    catch {
                        need(0, at, `a cookie name or a valid /regex/ ('${spec.name}' is not)`);
                    }
                });
            }
        }
    }
    const cookie = c.cookie || {};
    if (fields(c.cookie, 'config.cookie', { name: 's', domain: 's', days: 'n' }) && cookie.name) {
        need(/^[\w-]+$/.test(cookie.name), 'config.cookie.name', 'letters, digits, - and _ only');
    }
    if (cookie.days > MAX_DAYS)
        warn(`config.cookie.days ${cookie.days} is over 13 months; ${MAX_DAYS} is used`);
    need(!c.mode || /^opt-(in|out)$/.test(c.mode), 'config.mode', "'opt-in' or 'opt-out'");
    need(c.dataLayer === undefined || c.dataLayer === false || (isString(c.dataLayer) && /^[A-Za-z_$][\w$]*$/.test(c.dataLayer)), 'config.dataLayer', "a global variable name such as 'dataLayer', or false");
    fields(c, 'config', { gpc: 'b', nonce: 's', blocking: 'b' });
    fields(c.ui, 'config.ui', { src: 's' });
    if (c.receipts !== undefined)
        fields(c.receipts, 'config.receipts', { endpoint: 's' }, true);
    const cm = c.consentMode;
    if (cm !== false && fields(cm, 'config.consentMode', { waitForUpdate: 'n', adsDataRedaction: 'b', urlPassthrough: 'b' }) && cm) {
        if (fields(cm.map, 'config.consentMode.map', {})) {
            for (const type in cm.map) {
                need([].concat(cm.map[type]).every((id) => categories[id] || services[id]), 'config.consentMode.map.' + type, 'category or service ids of this config');
            }
        }
        need(!cm.regions || (Array.isArray(cm.regions) && cm.regions.every((r) => isObject(r) && isStrings(r.region) && isStrings(r.granted))), 'config.consentMode.regions', "[{ region: ['US-CA'], granted: ['analytics_storage'] }]");
    }
    return problems;
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
 * Records decisions: checks the config in full (one message per mistake), writes the consent cookie,
 * deletes the cookies of what was withdrawn, sends receipts and tells other tabs.
 */
function createEngine(core) {
    const { cfg, gpc } = core;
    const { categories, services, cookie } = cfg;
    const problems = checkConfig(core.input);
    for (const p of problems)
        error(p + '. Until it is fixed, nothing non-essential runs.');
    if (problems.length)
        core.disable();
    else
        core.checked(true);
    const channel = typeof BroadcastChannel == 'function' ? new BroadcastChannel('consentry') : null;
    /** Cookies of every service that was allowed before and is not now. */
    const withdraw = (before, next) => deleteCookies(Object.keys(services).filter((id) => before.services[id] && !next.services[id]).flatMap((id) => services[id].cookies));
    const decide = (cats, svcs, method) => {
        if (problems.length) {
            error('no decision is recorded while the config has the errors above');
            return core.apply(core.state, null);
        }
        const t = Math.floor(Date.now() / 1000);
        const next = core.withServices(cats, svcs);
        const { record } = core;
        const value = encode((core.record = { id: record?.id || uuid(), revision: cfg.policy.revision, givenAt: record?.givenAt || t, updatedAt: t, method, gpc, ...next, configHash: core.configHash }), cfg);
        core.stored = writeCookie(cookie.name, value, cookie);
        core.seen = value;
        withdraw(core.state, next);
        const snap = core.apply(next, method);
        channel?.postMessage(0);
        if (cfg.receipts)
            sendReceipt(cfg.receipts.endpoint, snap, cfg.ui.language);
        return snap;
    };
    return {
        all(value, method) {
            const cats = {};
            // Global Privacy Control keeps sold or shared categories off through "Accept all".
            for (const id in categories)
                cats[id] = categories[id].required || (value && !(gpc && categories[id].sale));
            return decide(cats, {}, method);
        },
        set(choices, method) {
            const cats = { ...core.state.categories };
            const svcs = { ...core.state.services };
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
        reset() {
            removeCookie(cookie.name, cookie.domain);
            core.record = null;
            core.seen = undefined;
            const next = core.defaults();
            withdraw(core.state, next);
            const snap = core.apply(next, null);
            channel?.postMessage(0);
            return snap;
        },
    };
}

/** `zh-CN` → `zh-Hans`, `zh-TW` → `zh-Hant`: Chinese tags by script, the rest as given. */
function normalizeLanguage(tag) {
    const t = tag.toLowerCase();
    return /^zh-(hant|tw|hk|mo)\b/.test(t) ? 'zh-Hant' : /^zh\b/.test(t) ? 'zh-Hans' : tag;
}
/**
 * The visitor's language among `available`: the configured one, else `<html lang>`, else the browser's
 * languages, else English. A tag matches exactly or by its base language (`fr-CA` → `fr`).
 */
function pickLanguage(configured, available) {
    for (const tag of [configured, document.documentElement.lang, ...navigator.languages]) {
        const t = tag && normalizeLanguage(tag).toLowerCase();
        const found = t && available.find((a) => (a = a.toLowerCase()) == t || a == t.split('-')[0]);
        if (found)
            return found;
    }
    return 'en';
}

const LABELS = { en: 'Cookie settings', 'zh-Hans': 'Cookie 设置', 'zh-Hant': 'Cookie 設定' };
/**
 * The floating way back to the preferences, drawn by the gate itself so that returning visitors download
 * no UI for it. Off with `ui.settingsButton: false`; a corner such as `bottom-right` moves it.
 */
function showSettingsButton(cfg, open) {
    const { ui } = cfg;
    if (ui.settingsButton === false || document.querySelector('[data-consentry=settings]'))
        return;
    const [v, h] = (ui.settingsButton || 'bottom-left').split('-');
    const texts = ui.texts || {};
    const lang = pickLanguage(ui.language, [...Object.keys(LABELS), ...Object.keys(texts)]);
    const label = texts[lang]?.settings || LABELS[lang] || LABELS.en;
    // System colours follow the colour scheme, so dark mode needs no rules of its own. Browsers without
    // :focus-visible (Safari before 15.4) drop the rule that uses it and outline every focus.
    const css = `:host{color-scheme:${ui.theme == 'dark' || ui.theme == 'light' ? ui.theme : 'light dark'}}
button{position:fixed;${v}:16px;${h}:16px;z-index:var(--consentry-z,2147483000);width:44px;height:44px;padding:10px;border-radius:50%;border:1px solid var(--consentry-border,GrayText);background:var(--consentry-bg,Canvas);color:var(--consentry-fg,CanvasText);box-shadow:0 2px 8px #0004;cursor:pointer}
button:focus{outline:3px solid var(--consentry-accent,#2563eb);outline-offset:2px}
button:focus:not(:focus-visible){outline:0}
path{fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}`;
    const host = document.createElement('div');
    host.setAttribute('data-consentry', 'settings');
    const root = host.attachShadow({ mode: 'open' });
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const path = document.createElementNS(ns, 'path');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    // A cookie with a bite taken out, in the button's text colour.
    path.setAttribute('d', 'M21 12a9 9 0 1 1-9-9 3 3 0 0 0 4 3 3 3 0 0 0 5 6zM8 9h.01M9 15h.01M14 13h.01');
    svg.append(path);
    const button = document.createElement('button');
    button.type = 'button';
    button.title = label;
    button.setAttribute('aria-label', label);
    button.append(svg);
    button.onclick = open;
    root.append(button);
    if (root.adoptedStyleSheets) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        root.adoptedStyleSheets = [sheet];
    }
    else {
        const style = document.createElement('style');
        style.nonce = cfg.nonce || '';
        style.textContent = css;
        root.prepend(style);
    }
    document.body.append(host);
}

/** Starts Consentry with `config` and returns the API (also `window.consentry`). */
function init(config) {
    return start(config, { engine: createEngine, button: showSettingsButton }, null);
}

export { init };
