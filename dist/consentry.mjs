const RULES = ['gdpr', 'pipl', 'us', 'notice'];
/** An ISO 3166 code as Consent Mode writes regions: `CN`, `US-CA`. */
const REGION = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/;
/** The region as the config gives it, upper case; '' when it is missing or not an ISO 3166 code. */
const regionOf = (v) => {
    const r = typeof v == 'string' ? v.trim().toUpperCase() : '';
    return REGION.test(r) ? r : '';
};
/**
 * The rule set in force: the region's own (`US-CA`), then its country's (`US`), then `default`. Without
 * `rules`, `mode` says it as before (`opt-out`: `us`). An unknown rule name is read as `gdpr`: opt-in, safe
 * anywhere.
 */
function ruleFor(rules, region, mode) {
    if (typeof rules != 'object' || !rules)
        return mode == 'opt-out' ? 'us' : 'gdpr';
    const r = rules;
    const pick = (region && (r[region] || r[region.split('-')[0]])) || r.default;
    return RULES.indexOf(pick) >= 0 ? pick : 'gdpr';
}
/** Rules whose defaults run before a decision: a record made under them is not consent under the others. */
const optOut = (rule) => rule == 'us' || rule == 'notice';
const modeOf = (rule) => (optOut(rule) ? 'opt-out' : 'opt-in');

/** 13 months: the longest a choice may be kept (IAB TCF asks to re-confirm at least that often). */
const MAX_DAYS = 396;
const isObject = (v) => typeof v == 'object' && !!v && !Array.isArray(v);
/** A map without a prototype: `constructor` or `__proto__` are never ids in it. */
const table = () => Object.create(null);
/** Ids that name what every object has (`constructor`, `toString`, `__proto__`): never category or service ids. */
const reserved = (id) => id in {};
/** The cookies a service lists as specs: a name, a pattern (text or RegExp) or `{ name, lifetime }` (the gate never reads them). */
const cookiesOf = (svc) => Array.isArray(svc.cookies) ? svc.cookies.map((spec) => (spec?.name !== undefined ? spec : { name: spec })) : [];
/** The hosts a service lists, in lower case (the blocker's business: the gate never reads them). */
const hostsOf = (svc) => (Array.isArray(svc.hosts) ? svc.hosts.map((h) => String(h).toLowerCase()) : []);
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
    const ids = (o = {}) => Object.keys(o).filter((id) => !reserved(id));
    const categories = table();
    const noSale = ids(c.categories).every((id) => c.categories[id].sale === undefined);
    for (const id of ids(c.categories)) {
        const cat = c.categories[id];
        // Without an explicit `sale` anywhere, advertising is what Global Privacy Control and opt-out mode hold back.
        categories[id] = { ...cat, required: cat.required === true, sale: !!cat.sale || (noSale && id == 'advertising') };
    }
    const services = table();
    for (const id of ids(c.services))
        services[id] = c.services[id];
    const cookie = isObject(c.cookie) ? c.cookie : {};
    const days = +cookie.days > 0 ? Math.min(+cookie.days, MAX_DAYS) : 182;
    const cm = c.consentMode;
    // RegExp.test() would read undefined as the string 'undefined': test strings only.
    const matches = (v, re) => typeof v == 'string' && re.test(v);
    const region = regionOf(c.region);
    const rule = ruleFor(c.rules, region, c.mode);
    return {
        ...c,
        categories,
        services,
        cookie: { ...cookie, name: matches(cookie.name, /^[\w-]+$/) ? cookie.name : 'consentry', days },
        mode: modeOf(rule),
        region,
        rule,
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
/** A consent id as the engine makes them: 36 characters of a random UUID. */
const UUID = /^[\da-f-]{36}$/;
/** Times before this are not from this library. */
const EPOCH = 1.6e9;
/** Clock skew tolerated for times in the future. */
const SKEW = 86400;
/**
 * `3.<id>.<revision hash>.<given>.<updated>.<method><gpc><minor>.<categories>.<services on>.<services off>.<config hash>.<rule>.<not personalised>.<separate>.<checksum>`
 * Format 2 ends at the config hash.
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
    const separate = [];
    for (const id in r.separate)
        if (config.services[id])
            separate.push(hash(id) + '-' + r.separate[id].toString(36));
    const body = [
        3,
        r.id,
        hash(r.revision),
        r.givenAt.toString(36),
        r.updatedAt.toString(36),
        METHODS.indexOf(r.method) + (r.gpc ? 'g' : '') + (r.minor ? 'm' : ''),
        Object.keys(r.categories).filter((id) => r.categories[id]).map(hash).join('_'),
        on.join('_'),
        off.join('_'),
        r.configHash,
        r.rule ? RULES.indexOf(r.rule) : '',
        Object.keys(r.personalized).filter((id) => config.categories[id] && !r.personalized[id]).map(hash).join('_'),
        separate.join('_'),
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
    // Format 1 is format 2 without the config fingerprint; format 2 is format 3 without the last three parts.
    if (parts[0] == '1')
        parts.push('');
    if (parts[0] < '3')
        parts.push('', '', '');
    const [format, id, revision, given, updated, flags, cats, on, off, configHash, ruleIndex, noPersonal, separateList] = parts;
    const givenAt = parseInt(given, 36);
    const updatedAt = parseInt(updated, 36);
    const method = METHODS[parseInt(flags)];
    if (parts.length != 13 ||
        check != sum ||
        !/^[123]$/.test(format) ||
        !UUID.test(id) ||
        // One of the four methods, then 'g' when GPC was on, 'm' for a child's record.
        !/^[0-3]g?m?$/.test(flags) ||
        !/^[0-3]?$/.test(ruleIndex) ||
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
    const personalized = {};
    const separate = {};
    for (const svc in config.services) {
        services[svc] = has(on, svc) || (!has(off, svc) && categories[config.services[svc].category]);
        const given = separateList.match('(^|_)' + hash(svc) + '-(\\w+)');
        if (given)
            separate[svc] = parseInt(given[2], 36);
    }
    for (const cat in config.categories)
        if (config.categories[cat].personalization)
            personalized[cat] = !has(noPersonal, cat);
    const rule = ruleIndex ? RULES[+ruleIndex] : null;
    const record = {
        id,
        revision: config.policy.revision,
        givenAt,
        updatedAt,
        method,
        gpc: /g/.test(flags),
        categories,
        services,
        configHash,
        rule,
        minor: /m/.test(flags),
        personalized,
        separate,
    };
    // A choice made where things ran by default (`us`, `notice`) is not consent where the law asks first.
    const fits = !rule || !optOut(rule) || optOut(config.rule);
    return revision == hash(config.policy.revision) && fits ? { status: 'valid', record } : { status: 'stale', record };
}

/** Where the engine remembers the fingerprint of the last config it checked in full in this browser. */
const CHECKED = 'consentry-checked';
/**
 * Whether the engine already checked the config of fingerprint `hash` in this browser: the stored record was
 * written under it, or (after the config changed) localStorage remembers it. The record answers first, so a
 * returning visit never touches localStorage, whose first use blocks the page for milliseconds.
 */
function wasChecked(hash, recordHash) {
    if (!hash)
        return false;
    if (recordHash == hash)
        return true;
    try {
        return localStorage.getItem(CHECKED) == hash;
    }
    catch {
        return false; // storage blocked: check every time the record does not answer
    }
}

const prefix = '[consentry] ';
/** A mistake the site owner must fix; the library falls back to the safe outcome. Returns it as an Error to reject with. */
const error = (message, ...extra) => {
    console.error((message = prefix + message), ...extra);
    return new Error(message);
};
/** Something odd that the library worked around. */
const warn = (message, ...extra) => console.warn(prefix + message, ...extra);

/** The library's version; a unit test keeps it equal to package.json's. */
const VERSION = '0.1.0';

/**
 * Whether a service needs its own consent: under the `pipl` rule, one that provides personal information to
 * another handler (`recipient`) or abroad (a `country` other than the controller's, PIPL arts. 23 and 39).
 * "Accept all" never gives it.
 */
function needsSeparate(cfg, id) {
    const svc = cfg.services[id];
    if (cfg.rule != 'pipl' || !svc)
        return false;
    const home = String(cfg.controller?.country || '').toUpperCase();
    return isObject(svc.recipient) || (typeof svc.country == 'string' && svc.country.toUpperCase() != home);
}

/**
 * What is allowed now, by category and by service: required categories always; the rest only while the config
 * is live, as the record says (before a decision: nothing; under `us` what is not sold or shared; under
 * `notice` everything). Global Privacy Control switched on after the decision holds back the sold or shared
 * categories. A child's record allows the required categories only. A category's personalised use needs the
 * category and no refusal of it; a service that needs separate consent runs only once it was given.
 */
function allowedNow(cfg, s) {
    const { categories: cats, services: svcs } = cfg;
    const r = s.record;
    const hold = s.gpc && !r?.gpc;
    // A service of a category the config lacks (a config that fails its check) is never allowed.
    const on = (cat, chosen, c = cats[cat]) => !!c && (!!c.required || (s.phase == 'live' && !!chosen && !r?.minor && !(hold && c.sale)));
    const categories = table();
    const services = table();
    const personalized = table();
    const personal = table();
    for (const id in cats) {
        categories[id] = on(id, r ? r.categories[id] : cfg.rule == 'notice' || (cfg.mode == 'opt-out' && !cats[id].sale));
        personal[id] = categories[id] && r?.personalized[id] !== false;
        if (cats[id].personalization)
            personalized[id] = personal[id];
    }
    for (const id in svcs) {
        const { category: cat, personalized: needs } = svcs[id];
        services[id] =
            on(cat, r ? r.services[id] : categories[cat]) && (!needs || !!personal[cat]) && (!needsSeparate(cfg, id) || !!r?.separate[id]);
    }
    return { categories, services, personalized };
}
const iso = (seconds) => (seconds ? new Date(seconds * 1000).toISOString() : null);
const copy = (a) => ({ categories: { ...a.categories }, services: { ...a.services } });
/** The snapshot that `get()` returns and every event carries. */
function snapshotOf(cfg, s, now) {
    const r = s.record;
    return {
        given: !!r,
        id: r?.id || null,
        revision: cfg.policy.revision,
        ...copy(now),
        personalized: { ...now.personalized },
        givenAt: iso(r?.givenAt),
        updatedAt: iso(r?.updatedAt),
        method: r?.method || null,
        gpc: s.gpc,
        mode: cfg.mode,
        stored: s.stored,
        reloadNeeded: s.reloadNeeded,
        previous: s.previous && copy(s.previous),
        region: cfg.region || null,
        rule: cfg.rule,
        minor: !!r?.minor,
        // Service id → ISO time of its separate consent (the record holds ids of this config only).
        separate: Object.fromEntries(Object.entries(r?.separate || {}).map(([id, t]) => [id, iso(t)])),
    };
}

/**
 * One place that announces state: `on()` listeners, a `consentry:<name>` window event, and a
 * `consentry_<name>` dataLayer entry for tag managers. A throwing listener never stops the others.
 */
function createEvents(dataLayer) {
    const listeners = {};
    return {
        on(name, fn) {
            const list = (listeners[name] ||= new Set());
            list.add(fn);
            return () => list.delete(fn);
        },
        emit(name, detail, announce = true) {
            for (const fn of [...(listeners[name] || [])]) {
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

/**
 * Which ids grant each Consent Mode type: the ad signals follow the categories marked `sale` (what GPC and
 * opt-out mode hold back, so that the two cannot disagree), the others the categories of the usual names;
 * `consentMode.map` overrides any of them. A type with no id stays denied.
 */
function consentModeMap(cfg) {
    const sale = Object.keys(cfg.categories).filter((id) => cfg.categories[id].sale);
    const map = {
        ad_storage: sale,
        ad_user_data: sale,
        ad_personalization: sale,
        analytics_storage: 'analytics',
        functionality_storage: 'preferences',
        personalization_storage: 'preferences',
        security_storage: [],
        ...(cfg.consentMode && cfg.consentMode.map),
    };
    for (const type in map)
        map[type] = [].concat(map[type]);
    return map;
}

/**
 * Build-time switches. The plain builds import this file, so every `if (TCF)` branch is removed from them;
 * the TCF build of the gate (dist/consentry-tcf.js) is given src/tcf/build-flags.ts instead.
 */
const TCF = false;

/**
 * Google Consent Mode v2. Uses the page's own `gtag` when it has one; otherwise defines the standard
 * one, which pushes its `arguments` object (gtag.js ignores plain arrays). Returns the update.
 */
function createConsentMode(cfg) {
    const config = cfg.consentMode || {};
    const w = window;
    const gtag = (w.gtag ||= function () {
        // eslint-disable-next-line prefer-rest-params
        pushTo(cfg.dataLayer || 'dataLayer', arguments);
    });
    const map = consentModeMap(cfg);
    const wait = config.waitForUpdate ?? 500;
    const state = (on) => {
        const out = {};
        for (const type in map)
            out[type] = type == 'security_storage' || on(type, map[type]) ? 'granted' : 'denied';
        return out;
    };
    const defaults = (on, region) => gtag('consent', 'default', { ...state(on), ...(region && { region }), wait_for_update: wait });
    // With `rules` the defaults follow the rule in force here, as the gate does: Google's own region guess could
    // grant what the gate holds back.
    if (!cfg.rules)
        for (const { region, granted } of config.regions || [])
            defaults((type) => granted.indexOf(type) >= 0, region);
    defaults(() => 0);
    if (config.adsDataRedaction !== undefined)
        gtag('set', 'ads_data_redaction', config.adsDataRedaction);
    if (config.urlPassthrough !== undefined)
        gtag('set', 'url_passthrough', config.urlPassthrough);
    // Personalised advertising also needs the personalised use of the categories that offer the choice.
    return (allowed, personalized) => {
        const update = state((type, ids) => ids.length && ids.every((id) => allowed(id) && (type != 'ad_personalization' || personalized[id] !== false)));
        gtag('consent', 'update', update);
    };
}

/** How long a partner script may take to load before the tags after it go on without it (ms). */
const LOAD_TIMEOUT = 8000;

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
/** Script types the browser runs, so that a released copy fires `load` or `error` ('' is JavaScript). */
const RUNS = /^(module|(text|application)\/(x-)?javascript)?$/i;
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
/** Adds the inert tags in `node` (an element and its subtree) to `found`. */
function collect(node, found) {
    const el = node;
    if (node.nodeType == 1) {
        // Most added nodes are none of the three tags and have no children: two property reads each.
        if (/^(SCRIPT|IFRAME|IMG)$/.test(el.tagName) && el.matches(INERT))
            found.push(el);
        if (el.firstElementChild)
            found.push(...el.querySelectorAll(INERT));
    }
}
/**
 * Releases inert tags once their category or service is allowed: in document order, each external
 * script loaded before the next one runs, every attribute (and the nonce) carried over, the site's own
 * `onload` kept. A tag that left the page before its turn is dropped; the wait for an external script only
 * happens where the browser fires `load` or `error`, and never lasts longer than `LOAD_TIMEOUT`.
 * `permitted(el)` says whether the element may run now (null: never); `explain` hears of the tags that do
 * not run. Returns the scan: of the document, or of the nodes that mutation records added.
 */
function createTagRelease(permitted, explain) {
    /** Refuses what `safeUrl` does not allow. */
    const releasable = (url, el) => safeUrl(url) || (explain('url', el), false);
    const seen = new WeakSet();
    const queue = [];
    let busy = null;
    const next = () => {
        while (!busy && queue.length) {
            const el = queue.shift();
            if (!el.isConnected)
                continue;
            if (el.tagName == 'SCRIPT') {
                const script = document.createElement('script');
                for (const { name, value } of el.attributes) {
                    if (name != 'type')
                        script.setAttribute(name, value);
                }
                const type = el.getAttribute('data-type') || '';
                if (type)
                    script.type = type;
                script.nonce = el.nonce;
                const src = el.getAttribute('src');
                if (src) {
                    if (!releasable(src, el))
                        continue;
                    script.async = false;
                    if (RUNS.test(type.trim()) && !script.noModule) {
                        const copy = (busy = script);
                        const done = (slow) => {
                            if (busy == copy) {
                                if (slow)
                                    explain('slow', el);
                                busy = null;
                                next();
                            }
                        };
                        setTimeout(done, LOAD_TIMEOUT, true);
                        script.addEventListener('load', () => done());
                        script.addEventListener('error', () => done());
                    }
                }
                else {
                    script.text = el.textContent || '';
                }
                el.replaceWith(script);
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
    /** Queues every permitted, not yet released tag (document order) and runs the queue. */
    return (records) => {
        const found = waiting;
        waiting = [];
        if (records)
            for (const m of records)
                for (let i = 0, added = m.addedNodes; i < added.length; i++)
                    collect(added[i], found);
        else
            collect(document.documentElement, found);
        for (const tag of found) {
            if (seen.has(tag))
                continue;
            if (stillParsing(tag))
                waiting.push(tag);
            else {
                const may = permitted(tag);
                if (may !== false)
                    seen.add(tag);
                if (may)
                    queue.push(tag);
            }
        }
        next();
    };
}

/**
 * Whether an inert tag may run: `true` now, `false` not yet (its consent is missing), `null` never. Its
 * `data-consent` (and `data-service`) must name the config's ids, and where the gate has a nonce a script must
 * carry it: under `'strict-dynamic'` a script the gate creates is trusted, so releasing markup the page did
 * not mark as its own (a comment, an injected fragment) would turn it into running script. What can never
 * run goes to `explain`. `ran` collects the category and service ids whose tags ran on this page.
 */
function createTagPermission(cfg, allowed, explain) {
    const { categories, services, nonce } = cfg;
    const ran = {};
    const permitted = (el) => {
        const cat = el.getAttribute('data-consent');
        const svc = el.getAttribute('data-service');
        const problem = !categories[cat] || (svc && services[svc]?.category != cat) ? 'unknown' : nonce && el.tagName == 'SCRIPT' && el.nonce != nonce ? 'nonce' : 0;
        if (problem) {
            explain(problem, el);
            return null;
        }
        return allowed(svc || cat) && (ran[cat] = ran[svc || cat] = true);
    };
    return { permitted, ran };
}

/**
 * Loads Consentry's own lazy files once each, and says which one failed and how to fix it. The UI, the engine
 * and the settings button sit next to the gate's script (so copying `dist/` anywhere works) unless `ui.src` /
 * `engineSrc` say otherwise. A file that failed to load is asked for again on the next call.
 */
function createScriptLoader(cfg, gateSrc) {
    const loads = {};
    /** `file` from next to the gate, or from `src` when the config sets it (`fix` names that setting). */
    return (file, src, fix) => (loads[file] ||= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src || new URL(file, gateSrc || document.baseURI).href;
        if (cfg.nonce)
            script.nonce = cfg.nonce;
        script.onload = () => resolve();
        script.onerror = () => {
            // The next call tries again: a network that failed once may answer now.
            delete loads[file];
            script.remove();
            reject(error(`could not load ${script.src}: keep ${file} next to consentry.js, or set ${fix}`));
        };
        document.head.appendChild(script);
    }));
}

/** Runs `fn` once the document has parsed (or right after the current script, when it already has). */
function whenParsed(fn) {
    if (document.readyState == 'loading')
        document.addEventListener('DOMContentLoaded', fn);
    else
        Promise.resolve().then(fn);
}
/**
 * Runs `fn` after the page's load event, in a task of its own: for what the first paint does not need (the
 * settings button, the cross-tab channel).
 */
function afterLoad(fn) {
    if (document.readyState == 'complete')
        setTimeout(fn);
    else
        addEventListener('load', () => setTimeout(fn));
}

/**
 * Calls `check` when another tab may have decided: this page came back from the back/forward cache, became
 * visible again, or another tab's engine said so on the `consentry` channel (opened after load).
 */
function watchOtherTabs(check) {
    addEventListener('pageshow', check);
    document.addEventListener('visibilitychange', check);
    afterLoad(() => {
        if (typeof BroadcastChannel == 'function')
            new BroadcastChannel('consentry').onmessage = check;
    });
}

/** The cookie's value. The name is `[\w-]+` (the config reader sees to it); the record's alphabet needs no decoding. */
const readCookie$1 = (name) => document.cookie.match('(^|; )' + name + '=([^;]*)')?.[2];
/** What the page sees of a state: what is allowed. */
const visible = (a) => JSON.stringify(a);
/**
 * The gate: config → stored record → one consent state → tags, Consent Mode, events, the API. Runs on every
 * page view, so it only reads; recording a decision is the engine's job, loaded when first needed. A null
 * `config` means the site's config was unusable: the API answers, nothing non-essential runs, the stored
 * choice stays.
 */
function createGate(input, config, { engine: factory, button, src }) {
    const cfg = config || readConfig({ policy: { revision: '' }, categories: {} });
    const events = createEvents(cfg.dataLayer);
    const updateConsentMode = cfg.consentMode && createConsentMode(cfg);
    const load = createScriptLoader(cfg, src);
    const configHash = fingerprint(input);
    let engine;
    let pendingView = null;
    /** The page's starting state is told by `ready`, not as a change. */
    let starting = true;
    /** The stored record as this config reads it: valid → the choice; older policy revision → `previous`. */
    const read = () => {
        const seen = readCookie$1(cfg.cookie.name);
        const d = decode(seen, cfg);
        // A malformed cookie is read as none: the banner asks again, and the engine that it loads says why.
        return { seen, record: d.status == 'valid' ? d.record : null, previous: d.status == 'stale' ? d.record : null };
    };
    // Every page starts held; the phase moves on once the config is known to be checked.
    let state = {
        phase: config ? 'checking' : 'disabled',
        record: null,
        previous: null,
        seen: undefined,
        gpc: cfg.gpc && navigator.globalPrivacyControl === true,
        stored: true,
        reloadNeeded: false,
        ...(config && read()),
    };
    let now = allowedNow(cfg, state);
    const snapshot = () => snapshotOf(cfg, state, now);
    const allowed = (id) => !!(now.services[id] ?? now.categories[id]);
    // Why a tag does not run is the engine's to explain: a page without such mistakes never loads it for that.
    const explain = (problem, el) => useEngine().then((e) => e.explain(problem, el), () => 0);
    const { permitted, ran } = createTagPermission(cfg, allowed, explain);
    const release = createTagRelease(permitted, explain);
    /**
     * Moves to a new state and announces it, always in this order: Consent Mode (so that released tags and
     * tags fired by the events see the new state), then the tags it allows, then the events.
     */
    const commit = (change, decided) => {
        const before = visible(now);
        const given = state.record;
        state = { ...state, ...change };
        now = allowedNow(cfg, state);
        for (const id in ran)
            if (!allowed(id) && cfg.categories[cfg.services[id]?.category || id].reload !== false)
                state.reloadNeeded = true;
        // A decision made before the UI arrived (the site's code, another tab, a placeholder) keeps the banner shut.
        if (state.record && pendingView == 'banner')
            pendingView = null;
        const snap = snapshot();
        // A change: something allowed differs, or the decision was forgotten (reset, or cleared in another tab).
        const changed = before != visible(now) || (given && !state.record) || (TCF);
        // Consent Mode hears every decision, even one that changes nothing here: region defaults may have granted.
        if (updateConsentMode && state.phase == 'live' && (decided || changed || (change.phase && (state.record || cfg.mode == 'opt-out')))) {
            updateConsentMode(allowed, now.personalized);
        }
        release();
        if (state.record)
            afterLoad(drawButton);
        if (decided)
            events.emit('consent', snap);
        if (changed && !starting)
            events.emit('change', snap);
        return snap;
    };
    const view = { input, cfg, configHash, get: snapshot, record: () => state.record };
    /** The engine's full check of the config decides the phase. */
    const check = (e) => {
        // An unusable config (null here) always fails the full check too.
        const phase = e.ok ? 'live' : 'disabled';
        if (phase != state.phase)
            commit({ phase });
        return e;
    };
    const useEngine = () => engine
        ? Promise.resolve(engine)
        : load('consentry-engine.js', cfg.engineSrc, 'engineSrc').then(() => {
            const make = window.consentryEngine;
            if (!make)
                throw error('consentry-engine.js did not start: check engineSrc');
            return (engine ||= check(make(view)));
        });
    /**
     * Runs a decision through the engine, at once when it is here (else once it has loaded), and commits what it
     * returns. Rejects when the engine cannot be loaded: the decision was not recorded.
     */
    const decide = (run, ask) => {
        const apply = (e) => {
            const out = run(e);
            if (!out)
                return snapshot();
            const snap = commit(out, !!out.record);
            e.settle(snap, !!out.record);
            if (ask)
                show('banner');
            return snap;
        };
        return engine ? Promise.resolve(apply(engine)) : useEngine().then(apply);
    };
    /**
     * The floating way back to the preferences, once a choice exists; returning visitors load no UI for it. Under
     * the `us` rule it is the "Do Not Sell or Share" link, there from the start, and opens the opt-out choice.
     */
    const drawButton = () => {
        if (cfg.ui.settingsButton === false)
            return;
        if (button)
            button(cfg, api);
        else
            load('consentry-settings-button.js', '', 'ui.settingsButton: false').catch(() => 0);
    };
    const show = (view) => {
        if (state.phase == 'disabled')
            return;
        pendingView = view;
        events.emit('show', view, false);
        load('consentry-ui.js', cfg.ui.src, 'ui.src').catch(() => 0);
        useEngine().catch(() => 0);
    };
    const api = {
        version: VERSION,
        config: cfg,
        get: snapshot,
        allowed,
        acceptAll: (method) => decide((e) => e.all(true, method)),
        rejectAll: (method) => decide((e) => e.all(false, method)),
        set: (choices, method) => decide((e) => e.set(choices, method)),
        setMinor: (minor, method) => decide((e) => e.minor(minor, method)),
        reset: () => decide((e) => e.forget(), true),
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
    if (factory)
        engine = check(factory(view));
    else if (wasChecked(configHash, state.record?.configHash))
        commit({ phase: 'live' });
    else {
        useEngine().catch(() => 0);
        // Still checking: the required categories' tags run meanwhile (a commit above scans by itself).
        release();
    }
    new MutationObserver(release).observe(document, { childList: true, subtree: true });
    addEventListener('click', (e) => {
        const link = e.target.closest?.('[data-consentry-open],[data-consentry-do-not-sell]');
        if (link) {
            e.preventDefault();
            show(link.hasAttribute('data-consentry-open') ? 'preferences' : 'banner');
        }
    });
    // A choice made in another tab (or before this page came back from the back/forward cache) applies here too.
    watchOtherTabs(() => {
        if (config && state.stored && readCookie$1(cfg.cookie.name) != state.seen) {
            commit(read());
            if (!state.record)
                show('banner');
        }
    });
    whenParsed(() => {
        release();
        const ready = () => events.emit('ready', snapshot());
        ready();
    });
    // Under the `us` rule nothing blocks the page: the "Do Not Sell or Share" link asks.
    if (cfg.rule == 'us')
        afterLoad(drawButton);
    else if (!state.record)
        show('banner');
    starting = false;
    return api;
}
/** The config's fingerprint ('' for a config that is not plain data, never trusted as checked); RegExp patterns count. */
function fingerprint(input) {
    try {
        return hash(JSON.stringify(input, (_, v) => (v instanceof RegExp ? '' + v : v)));
    }
    catch {
        return '';
    }
}

/**
 * Installs the gate once per page and exposes it as `window.consentry`. Never throws into the page: a bad
 * config gives console errors and an instance under which nothing non-essential runs.
 */
function installGate(input, bundled = {}, script = document.currentScript) {
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
        return (window.consentry = createGate(input, config, { ...bundled, src: script?.src }));
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
/** `'/^_ga_/'` or `/^_ga_/` → RegExp; a plain name → null; a broken pattern throws. */
function cookiePattern(name) {
    if (name instanceof RegExp)
        return name;
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
const readCookie = (name) => api.get(name);
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
/** An e-mail address or an https URL. */
const isContact = (v) => isString(v) && (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(v) || /^https:\/\/[^\s/]+\.[^\s]*$/.test(v));
const COUNTRY = /^[A-Z]{2}$/i;
/** What each kind of field must be, and how the error message says it. */
const KINDS = {
    s: [isString, 'a non-empty string'],
    b: [(v) => typeof v == 'boolean', 'true or false'],
    o: [isObject, 'an object'],
    n: [(v) => typeof v == 'number' && v >= 0, 'a number, 0 or more'],
    a: [isStrings, 'an array of strings'],
};
/** A value as the site owner wrote it, for a message: `'yes'`, `5`, `/^_ga_/`, `missing`. */
function written(v) {
    if (v === undefined)
        return 'missing';
    if (typeof v == 'function' || v instanceof RegExp)
        return String(v);
    try {
        const text = JSON.stringify(v);
        return text.length > 60 ? text.slice(0, 57) + '...' : text;
    }
    catch {
        return String(v);
    }
}
/**
 * The full diagnostics of a site owner's config: one message per mistake, naming the field, what was written
 * and what to write instead. Any mistake makes the config unusable, so that nothing non-essential runs until
 * it is fixed. What merely has no effect is a warning.
 */
function checkConfig(input) {
    const problems = [];
    /** Reports `field` unless `ok`, with the value written there when one is given; returns ok. */
    const need = (ok, field, fix, ...value) => ok || !problems.push(`${field} must be ${fix}` + (value.length ? ` (it is ${written(value[0])})` : ''));
    /** Ids of `o` that are its own, warning about those every object has (`constructor`, `__proto__`). */
    const ids = (o, path) => Object.keys(o).filter((id) => !reserved(id) || (warn(`${path}.${id} is ignored: '${id}' names what every object has; choose another id`), false));
    /** Checks the fields of `o` named in `spec`; `required` ones must be present. Returns whether `o` is usable. */
    const fields = (o, path, spec, required) => (o === undefined && !required) ||
        (need(isObject(o), path, KINDS.o[1]) &&
            Object.keys(spec).every((key) => {
                const v = o[key];
                const [test, fix] = KINDS[spec[key]];
                return (v === undefined && !required) || need(test(v), `${path}.${key}`, fix, v);
            }));
    if (input === undefined)
        return ['window.consentryConfig must be set before consentry.js: <script>window.consentryConfig = { policy: {...}, categories: {...} }</script>'];
    if (!need(isObject(input), 'config', KINDS.o[1], input) || !fields(input, 'config', { policy: 'o', categories: 'o' }, true))
        return problems;
    const c = input;
    const { categories } = c;
    fields(c.policy, 'config.policy', { url: 's', revision: 's' }, true);
    need(Object.keys(categories).length, 'config.categories', 'a non-empty object: { necessary: { required: true }, analytics: {} }');
    for (const id of ids(categories, 'config.categories'))
        fields(categories[id], 'config.categories.' + id, { required: 'b', sale: 'b', reload: 'b', policyAnchor: 's', personalization: 'b' });
    /** `{ name, contact }` of a controller or a recipient. */
    const party = (o, path) => fields(o, path, { name: 's', contact: 's' }, true) &&
        need(isContact(o.contact), path + '.contact', "an e-mail address or an https URL ('privacy@example.com', 'https://example.com/privacy')", o.contact);
    const country = (v, path, example) => need(v === undefined || (isString(v) && COUNTRY.test(v)), path + '.country', `an ISO 3166-1 alpha-2 code such as '${example}'`, v);
    const services = c.services || {};
    if (fields(c.services, 'config.services', {})) {
        for (const id of ids(services, 'config.services')) {
            const svc = c.services[id];
            const path = 'config.services.' + id;
            if (!fields(svc, path, { hosts: 'a', policyAnchor: 's', personalized: 'b' }))
                continue;
            if (svc.recipient !== undefined)
                party(svc.recipient, path + '.recipient');
            country(svc.country, path, 'US');
            need(!categories[id], path, 'renamed: a category has the same id');
            need(typeof svc.category == 'string' && !reserved(svc.category) && isObject(categories[svc.category]), path + '.category', 'one of: ' + Object.keys(categories).join(', '), svc.category);
            if (need(!svc.cookies || Array.isArray(svc.cookies), path + '.cookies', "an array such as ['_ga', /^_ga_/]", svc.cookies)) {
                (svc.cookies || []).forEach((entry, i) => {
                    // A name, a pattern as a RegExp (`/^_ga_/`, as vanilla-cookieconsent and Klaro configs write it) or as text.
                    const spec = (isString(entry) || entry instanceof RegExp ? { name: entry } : entry);
                    const at = `${path}.cookies[${i}]`;
                    const name = spec?.name;
                    if (!need(isObject(spec), at, "a cookie name, a pattern such as /^_ga_/, or { name, lifetime }", entry))
                        return;
                    if (!need(isString(name) || name instanceof RegExp, at + '.name', "a cookie name or a pattern such as /^_ga_/", name))
                        return;
                    const life = spec.lifetime;
                    need(life === undefined || isString(life) || (isObject(life) && Object.keys(life).length == 1 && /^(minute|hour|day|month|year)s$/.test(Object.keys(life)[0]) && Object.values(life)[0] >= 0), at + '.lifetime', 'text, or one of minutes, hours, days, months, years: { months: 13 }', life);
                    try {
                        cookiePattern(name);
                    }
                    catch {
                        need(0, at, `a cookie name or a valid /regex/ ('${name}' is not)`);
                    }
                });
            }
        }
    }
    const cookie = c.cookie || {};
    if (fields(c.cookie, 'config.cookie', { name: 's', domain: 's', days: 'n' }) && cookie.name) {
        need(/^[\w-]+$/.test(cookie.name), 'config.cookie.name', 'letters, digits, - and _ only', cookie.name);
    }
    if (cookie.days > MAX_DAYS)
        warn(`config.cookie.days ${cookie.days} is over 13 months; ${MAX_DAYS} is used`);
    need(!c.mode || /^opt-(in|out)$/.test(c.mode), 'config.mode', "'opt-in' or 'opt-out'", c.mode);
    need(c.dataLayer === undefined || c.dataLayer === false || (isString(c.dataLayer) && /^[A-Za-z_$][\w$]*$/.test(c.dataLayer)), 'config.dataLayer', "a global variable name such as 'dataLayer', or false", c.dataLayer);
    fields(c, 'config', { gpc: 'b', nonce: 's', blocking: 'b' });
    fields(c.ui, 'config.ui', { src: 's' });
    if (c.receipts !== undefined)
        fields(c.receipts, 'config.receipts', { endpoint: 's' }, true);
    checkRules(c, need, fields);
    if (c.controller !== undefined && party(c.controller, 'config.controller') && fields(c.controller, 'config.controller', { address: 's' })) {
        country(c.controller.country, 'config.controller', 'CN');
    }
    fields(c.minors, 'config.minors', { age: 'n', guardianUrl: 's' });
    const cm = c.consentMode;
    if (cm !== false && fields(cm, 'config.consentMode', { waitForUpdate: 'n', adsDataRedaction: 'b', urlPassthrough: 'b' }) && cm) {
        if (fields(cm.map, 'config.consentMode.map', {})) {
            for (const type in cm.map) {
                need([].concat(cm.map[type]).every((id) => categories[id] || services[id]), 'config.consentMode.map.' + type, 'category or service ids of this config', cm.map[type]);
            }
        }
        need(!cm.regions || (Array.isArray(cm.regions) && cm.regions.every((r) => isObject(r) && isStrings(r.region) && isStrings(r.granted))), 'config.consentMode.regions', "[{ region: ['US-CA'], granted: ['analytics_storage'] }]", cm.regions);
    }
    return problems;
}
/** `region` and `rules`: which rule set applies where. */
function checkRules(c, need, fields) {
    const { region, rules } = c;
    // A region the server could not tell (empty, Cloudflare's 'XX') is no mistake: the default rule applies.
    if (region !== undefined && !(typeof region == 'string' && REGION.test(region.trim().toUpperCase()))) {
        warn(`config.region ${JSON.stringify(region)} is not an ISO 3166 code such as 'CN' or 'US-CA'; the default rule applies`);
    }
    if (rules === undefined || !fields(rules, 'config.rules', {}))
        return;
    const names = RULES.map((r) => `'${r}'`).join(', ');
    for (const code in rules) {
        need(code == 'default' || REGION.test(code), 'config.rules', "keyed by ISO 3166 codes in upper case such as 'CN', 'US-CA', or 'default'", code);
        need(RULES.indexOf(rules[code]) >= 0, `config.rules.${code}`, 'one of ' + names, rules[code]);
    }
    if (!('default' in rules))
        warn("config.rules has no 'default': visitors of other regions get 'gdpr'");
    if (c.mode !== undefined)
        warn('config.mode is ignored: config.rules decides by region');
    if (isObject(c.consentMode) && c.consentMode.regions)
        warn("config.consentMode.regions is ignored: Consent Mode's region defaults follow config.rules");
    if (Object.values(rules).indexOf('pipl') >= 0) {
        need(isObject(c.controller), 'config.controller', "{ name, contact } under the 'pipl' rule, which names who handles personal information (PIPL art. 17)", c.controller);
    }
}
/**
 * Consent Mode types that no id of the config grants stay denied for ever: the ad signals follow the categories
 * marked `sale`, the others the usual category names, unless `consentMode.map` says otherwise.
 */
function warnUngrantedSignals(cfg) {
    if (!cfg.consentMode)
        return;
    const map = consentModeMap(cfg);
    const none = Object.keys(map).filter((type) => type != 'security_storage' && !map[type].some((id) => cfg.categories[id] || cfg.services[id]));
    const ads = none.filter((type) => type.startsWith('ad_'));
    if (ads.length) {
        warn(`no category grants ${ads.join(', ')}, so Google's ad tags always see them denied: mark the category that sells or shares data for advertising with sale: true ` +
            `(categories: { marketing: { sale: true } }), or name it in consentMode.map (map: { ad_storage: 'marketing', ... })`);
    }
    if (none.indexOf('analytics_storage') >= 0)
        warn("no category grants analytics_storage (it stays denied): name yours in consentMode.map, e.g. map: { analytics_storage: 'statistics' }");
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
    region: s.region,
    rule: s.rule,
    minor: s.minor,
    personalized: s.personalized,
    separate: s.separate,
    language: language || document.documentElement.lang || navigator.language,
    // The page without its query string or fragment: tokens and e-mail addresses in links stay in the browser.
    url: location.origin + location.pathname,
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

/** Why a tag does not run, in words a site owner can act on. */
function explainTag(cfg, problem, el) {
    const cat = el.getAttribute('data-consent');
    const svc = el.getAttribute('data-service');
    const src = el.getAttribute('src') || el.getAttribute('data-src');
    if (problem == 'slow')
        return warn(`'${src}' did not load within ${LOAD_TIMEOUT / 1000} s; the tags after it run without waiting for it`, el);
    error(problem == 'unknown'
        ? `data-consent="${cat}"${svc ? ` data-service="${svc}"` : ''} names no category (or service of that category) in the config; the tag stays inert. ` +
            `Write one of the categories (${Object.keys(cfg.categories).join(', ')})` +
            (svc ? ` and a service of it (${Object.keys(cfg.services).join(', ') || 'none configured'})` : '')
        : problem == 'nonce'
            ? "an inert script without the page's nonce stays inert: under a CSP with 'strict-dynamic' releasing it would trust markup the page did not mark as its own. " +
                'Give the inert tags you write the nonce that consentry.js\'s own tag carries: <script type="text/plain" nonce="…" data-consent="…">'
            : `refused to release '${src}': only http(s) URLs load; the tag stays inert`, el);
}
/**
 * What the engine checks about the page when it starts: a consent cookie the gate could not read, and `hosts`
 * in a config whose page has no blocker to hold them back.
 */
function checkPage(cfg, cookieValue, snap) {
    // A cookie from which the gate read no decision, not even an older one, and that has not simply expired.
    const updated = parseInt(cookieValue?.split('.')[4] || '', 36);
    if (cookieValue && !snap.given && !snap.previous && !(updated + cfg.cookie.days * 86400 < Date.now() / 1000)) {
        error(`the stored consent cookie '${cfg.cookie.name}' is malformed or was altered; asking the visitor again`);
    }
    const hosts = cfg.blocking !== false && Object.values(cfg.services).some((s) => hostsOf(s).length);
    const check = () => {
        if (hosts && !window.consentryBlocker) {
            error('services list hosts, but automatic blocking is not on this page, so nothing created by script is held back: ' +
                'load consentry-blocking.js (the gate with the blocker) instead of consentry.js, or add <script src="/consentry-blocker.js"></script> right after it');
        }
    };
    if (document.readyState == 'complete')
        check();
    else
        addEventListener('load', check);
}

/**
 * Records decisions: checks the config in full (one message per mistake), computes and writes the consent
 * record, and after the gate committed it deletes the cookies of what is not allowed, sends the receipt
 * and tells other tabs. It reads the gate; it never writes into it.
 */
function createEngine(gate) {
    const { cfg } = gate;
    const { categories, services, cookie } = cfg;
    const problems = checkConfig(gate.input);
    for (const p of problems)
        error(p + '. Until it is fixed, nothing non-essential runs.');
    const ok = !problems.length;
    try {
        if (ok && gate.configHash)
            localStorage.setItem(CHECKED, gate.configHash);
    }
    catch {
        // storage blocked: the config is checked again on the next page that has no record written under it
    }
    if (ok) {
        warnUngrantedSignals(cfg);
        checkPage(cfg, readCookie(cookie.name), gate.get());
    }
    let channel;
    const record = (cats, svcs, method, extra = {}) => {
        if (!ok) {
            error('no decision is recorded while the config has the errors above');
            return null;
        }
        const t = Math.floor(Date.now() / 1000);
        const before = gate.get();
        const kept = gate.record();
        const chosen = {};
        for (const id in services)
            chosen[id] = svcs[id] ?? cats[services[id].category];
        const separate = { ...kept?.separate, ...extra.separate };
        // Withdrawing a service (or its category) withdraws its separate consent.
        for (const id in separate)
            if (!chosen[id])
                delete separate[id];
        const personalized = {};
        for (const id in categories) {
            if (categories[id].personalization)
                personalized[id] = !!cats[id] && (extra.personalized?.[id] ?? kept?.personalized[id] ?? true);
        }
        const r = {
            id: before.id || uuid(),
            revision: cfg.policy.revision,
            givenAt: before.givenAt ? Date.parse(before.givenAt) / 1000 : t,
            updatedAt: t,
            // Anything but a known method (`acceptAll('button')`) is the site's own code: 'api'.
            method: METHODS.indexOf(method) >= 0 ? method : 'api',
            gpc: before.gpc,
            categories: cats,
            services: chosen,
            configHash: gate.configHash,
            rule: cfg.rule,
            minor: extra.minor ?? !!kept?.minor,
            personalized,
            separate,
        };
        const value = encode(r, cfg);
        return { record: r, seen: value, stored: writeCookie(cookie.name, value, cookie) };
    };
    /** Only the required categories, nothing personalised, no separate consent. */
    const required = () => {
        const cats = {};
        for (const id in categories)
            cats[id] = !!categories[id].required;
        return cats;
    };
    return {
        ok,
        all(value, method) {
            const cats = {};
            const { gpc } = gate.get();
            // Global Privacy Control keeps sold or shared categories off through "Accept all".
            for (const id in categories)
                cats[id] = !!categories[id].required || (value && !(gpc && categories[id].sale));
            // A bundled action: it never gives a separate consent, nor a child's consent.
            return gate.record()?.minor ? record(required(), {}, method) : record(cats, {}, method);
        },
        set(choices, method) {
            const now = gate.get();
            const kept = gate.record();
            const cats = { ...now.categories };
            const svcs = { ...now.services };
            // A partner held only for want of personalised use or of its separate consent keeps its recorded choice.
            for (const id in svcs)
                if (cats[services[id].category] && kept)
                    svcs[id] = kept.services[id];
            const personalized = {};
            const separate = {};
            const t = Math.floor(Date.now() / 1000);
            for (const key in choices) {
                const value = choices[key] === true;
                const [id, part] = key.split('.');
                if (part == 'personalized' && categories[id]?.personalization)
                    personalized[id] = value;
                else if (part)
                    error(`set(): '${key}' is not a choice; write '<category>.personalized' for a category with personalization: true`);
                else if (categories[id]) {
                    cats[id] = value || !!categories[id].required;
                    for (const s in services)
                        if (services[s].category == id && !(s in choices))
                            svcs[s] = cats[id];
                }
                else if (services[id]) {
                    svcs[id] = value;
                    // Allowing a partner by its own id is its separate consent.
                    if (value && needsSeparate(cfg, id))
                        separate[id] = t;
                }
                else
                    error(`set(): '${id}' is neither a category nor a service in the config; ignored`);
            }
            // A child's record stays one: only the required categories, until setMinor(false).
            return kept?.minor ? record(required(), {}, method) : record(cats, svcs, method, { personalized, separate });
        },
        minor(value, method) {
            return value || gate.record() ? record(required(), {}, method, { minor: value }) : null;
        },
        forget() {
            removeCookie(cookie.name, cookie.domain);
            return { record: null, seen: undefined, stored: true };
        },
        settle(snap, decided) {
            // Every decision deletes what it does not allow, whatever was allowed before (an older revision, an
            // expired record, another tab).
            deleteCookies(Object.keys(services).filter((id) => !snap.services[id]).flatMap((id) => cookiesOf(services[id])));
            if (typeof BroadcastChannel == 'function')
                (channel ||= new BroadcastChannel('consentry')).postMessage(0);
            if (decided && cfg.receipts)
                sendReceipt(cfg.receipts.endpoint, snap, cfg.ui.language);
        },
        explain(problem, el) {
            // A config with errors was reported field by field: what its tags do follows from those.
            if (ok)
                explainTag(cfg, problem, el);
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

/** Built-in labels: the icon's name, and under the `us` rule the opt-out link itself, written out (CCPA § 1798.135). */
const LABELS = {
    en: ['Cookie settings', 'Do Not Sell or Share My Personal Information'],
    'zh-Hans': ['Cookie 设置', '请勿出售或共享我的个人信息'],
    'zh-Hant': ['Cookie 設定', '請勿出售或分享我的個人資訊'],
};
/**
 * The floating way back to the preferences, drawn by the gate itself so that returning visitors download
 * no UI for it: a round cookie icon, or under the `us` rule a pill reading "Do Not Sell or Share My Personal
 * Information". Off with `ui.settingsButton: false`; a corner such as `bottom-right` moves it.
 */
function showSettingsButton(cfg, api) {
    const { ui } = cfg;
    if (ui.settingsButton === false || document.querySelector('[data-consentry=settings]'))
        return;
    const [v, h] = (ui.settingsButton || 'bottom-left').split('-');
    const texts = ui.texts || {};
    const us = cfg.rule == 'us';
    const lang = pickLanguage(ui.language, [...Object.keys(LABELS), ...Object.keys(texts)]);
    const label = texts[lang]?.[us ? 'doNotSell' : 'settings'] || (LABELS[lang] || LABELS.en)[+us];
    // System colours follow the colour scheme, so dark mode needs no rules of its own. Browsers without
    // :focus-visible (Safari before 15.4) drop the rule that uses it and outline every focus. It stays under the
    // banner it opens, which may cover its corner.
    const css = `:host{color-scheme:${ui.theme == 'dark' || ui.theme == 'light' ? ui.theme : 'light dark'}}
button{position:fixed;${v}:16px;${h}:16px;z-index:calc(var(--consentry-z,2147483000) - 1);${us ? 'min-height:44px;padding:8px 16px;border-radius:22px;font:inherit' : 'width:44px;height:44px;padding:10px;border-radius:50%'};border:1px solid var(--consentry-border,GrayText);background:var(--consentry-bg,Canvas);color:var(--consentry-fg,CanvasText);box-shadow:0 2px 8px #0004;cursor:pointer}
button:focus{outline:3px solid var(--consentry-accent,#2563eb);outline-offset:2px}
button:focus:not(:focus-visible){outline:0}
path{fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}`;
    const host = document.createElement('div');
    host.setAttribute('data-consentry', 'settings');
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.type = 'button';
    if (us)
        button.textContent = label;
    else {
        const ns = 'http://www.w3.org/2000/svg';
        const svg = document.createElementNS(ns, 'svg');
        const path = document.createElementNS(ns, 'path');
        svg.setAttribute('viewBox', '0 0 24 24');
        svg.setAttribute('aria-hidden', 'true');
        // A cookie with a bite taken out, in the button's text colour.
        path.setAttribute('d', 'M21 12a9 9 0 1 1-9-9 3 3 0 0 0 4 3 3 3 0 0 0 5 6zM8 9h.01M9 15h.01M14 13h.01');
        svg.append(path);
        button.title = label;
        button.setAttribute('aria-label', label);
        button.append(svg);
    }
    // Under `us` it opens the opt-out choice; elsewhere the preferences.
    button.onclick = us ? api.showBanner : api.showPreferences;
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
    return installGate(config, { engine: createEngine, button: showSettingsButton }, null);
}

export { init };
