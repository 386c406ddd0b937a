import type { TcfConfig, TcfSnapshot } from '../tcf/types';
/** How a decision was given: by the visitor in the UI, or by the site's own code through the API. */
export type Method = 'accept-all' | 'reject-all' | 'custom' | 'api';
/** `opt-in` (default): nothing non-essential runs before a decision. `opt-out`: only sale/sharing categories wait. */
export type Mode = 'opt-in' | 'opt-out';
/**
 * What the law where the visitor is asks of the banner. `gdpr`: opt-in, reject on the first layer. `pipl`:
 * opt-in, the handler named, separate consent for sharing and transfer abroad, a choice without personalised
 * advertising, a way for children. `us`: opt-out with GPC honoured and a "Do Not Sell or Share" link instead of
 * a banner. `notice`: inform only; everything runs until the visitor switches it off.
 */
export type Rule = 'gdpr' | 'pipl' | 'us' | 'notice';
/** Who handles the visitor's personal information (PIPL art. 17, GDPR art. 13). */
export interface ControllerConfig {
    name: string;
    /** An e-mail address or an https URL. */
    contact: string;
    address?: string;
    /** Where the handler is, ISO 3166-1 alpha-2 (`CN`): services located elsewhere transfer data abroad. */
    country?: string;
}
/** Another handler a service provides personal information to. */
export interface RecipientConfig {
    name: string;
    /** An e-mail address or an https URL (its privacy policy, say). */
    contact: string;
}
export interface MinorsConfig {
    /** The age under which a visitor is a child (default 14, as the PIPL says). */
    age?: number;
    /** The site's page for parents and guardians. */
    guardianUrl?: string;
}
export interface PolicyConfig {
    /** Where the privacy policy lives; the banner links to it. */
    url: string;
    /** The policy's revision (usually its update date, `2020-09-25`). A new revision asks every visitor again. */
    revision: string;
}
export interface CategoryConfig {
    /** Always on, not switchable (the `necessary` category). */
    required?: boolean;
    /** The category sells or shares personal data: Global Privacy Control denies it, opt-out mode waits for it. */
    sale?: boolean;
    /** Withdrawing this category needs a page reload to stop tags that already ran (default true). */
    reload?: boolean;
    /** Fragment or URL of the policy section this category comes from, e.g. `#analytics`. */
    policyAnchor?: string;
    /** The visitor may allow this category but refuse its personalised use (advertising that does not target them). */
    personalization?: boolean;
}
/** One unit and its count, e.g. `{ days: 30 }`. */
export type CookieLifetime = Partial<Record<'minutes' | 'hours' | 'days' | 'months' | 'years', number>>;
export interface CookieSpec {
    /** A cookie name, or a pattern: a RegExp such as `/^_ga_/`, or the same as text, `'/^_ga_/'`. */
    name: string | RegExp;
    /** How long the cookie lives: `{ months: 13 }`, written in the visitor's language, or text shown as given. */
    lifetime?: string | CookieLifetime;
}
export interface ServiceConfig {
    /** The category id this service belongs to. */
    category: string;
    /** Cookies it sets: names or patterns (`/^_ga_/`, as a RegExp or text), deleted when consent is withdrawn. */
    cookies?: Array<string | RegExp | CookieSpec>;
    /** Hosts it loads from (`connect.facebook.net`); used by automatic blocking. */
    hosts?: string[];
    /** Fragment or URL of the policy section about this service. */
    policyAnchor?: string;
    /** The other handler it provides personal information to. Under the `pipl` rule it needs separate consent. */
    recipient?: RecipientConfig;
    /** Where it is located, ISO 3166-1 alpha-2 (`US`). Another country than the controller's needs separate consent under `pipl`. */
    country?: string;
    /** It personalises: it runs only when its category's personalised use is allowed too. */
    personalized?: boolean;
}
export interface CookieConfig {
    /** Cookie name (default `consentry`). */
    name?: string;
    /** Share the choice across subdomains, e.g. `example.com`. */
    domain?: string;
    /** Lifetime in days (default 182, at most 396, i.e. 13 months). */
    days?: number;
}
export type ConsentModeType = 'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage' | 'functionality_storage' | 'personalization_storage' | 'security_storage';
export interface ConsentModeRegionDefault {
    /** ISO 3166-2 region codes (`US-CA`, `DE`). */
    region: string[];
    /** Consent types granted by default in these regions (the rest stay denied). */
    granted: ConsentModeType[];
}
export interface ConsentModeConfig {
    /** `wait_for_update` in milliseconds (default 500). */
    waitForUpdate?: number;
    /** Consent type → category or service ids that grant it (all must be allowed). */
    map?: Partial<Record<ConsentModeType, string | string[]>>;
    /** Region-specific defaults, sent before the global default. */
    regions?: ConsentModeRegionDefault[];
    adsDataRedaction?: boolean;
    urlPassthrough?: boolean;
}
/** What the site owner writes into `window.consentryConfig` or passes to `init()`. */
export interface ConsentryConfig {
    policy: PolicyConfig;
    categories: Record<string, CategoryConfig>;
    services?: Record<string, ServiceConfig>;
    cookie?: CookieConfig;
    mode?: Mode;
    /** Honour Global Privacy Control (default true). */
    gpc?: boolean;
    /** Google Consent Mode v2 signals; `false` switches them off. */
    consentMode?: ConsentModeConfig | false;
    /** Name of the dataLayer array (default `dataLayer`); `false` pushes nothing. */
    dataLayer?: string | false;
    /** Send each decision as a receipt to this endpoint. */
    receipts?: {
        endpoint: string;
    };
    /** Nonce applied to what Consentry injects (UI script, styles). Read from the gate's own script tag when absent. */
    nonce?: string;
    /** Everything about the visible UI; the gate only reads `ui.src`, `ui.settingsButton` and `ui.language`. */
    ui?: UiConfig;
    /** URL of `consentry-engine.js`, which records decisions (default: next to the gate's own script). */
    engineSrc?: string;
    /** `false` switches off consentry-blocker.js (automatic blocking of `hosts`) without removing its tag. */
    blocking?: boolean;
    /** IAB TCF v2.3 (consentry-tcf.js only). */
    tcf?: TcfConfig;
    /** Who handles personal information on this site. */
    controller?: ControllerConfig;
    /** The visitor's region as the server knows it, ISO 3166 (`CN`, `US-CA`, `DE`); never guessed in the browser. */
    region?: string;
    /** Region → rule set, the most specific code first (`US-CA` over `US`), then `default`. Without it: `mode`. */
    rules?: Record<string, Rule>;
    /** Offer "I am under 14" on the first layer. */
    minors?: MinorsConfig;
}
export type Layout = 'bar' | 'bar-top' | 'box' | 'dialog';
export type Corner = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';
export interface UiConfig {
    /** URL of `consentry-ui.js` (default: next to the gate's own script). */
    src?: string;
    layout?: Layout;
    /** Corner for the `box` layout. */
    position?: Corner;
    /** `auto` follows `prefers-color-scheme`. */
    theme?: 'auto' | 'light' | 'dark';
    /** Floating settings button corner, or `false` for none (default `bottom-left`). */
    settingsButton?: Corner | false;
    /** Show a close control on the banner; closing means reject. */
    closeButton?: boolean;
    /** Language tag; default from `<html lang>`, then `navigator.languages`, then English. */
    language?: string;
    /** Texts by language tag, overriding or adding to the built-in ones. */
    texts?: Record<string, TextsOverride>;
}
/** Every text a visitor can read; locales provide them, config may override any. */
export interface Texts {
    dir?: 'ltr' | 'rtl';
    bannerTitle: string;
    bannerText: string;
    policyLink: string;
    /** `{date}` is replaced by the formatted policy revision. */
    policyUpdated: string;
    policyChanged: string;
    gpcHonoured: string;
    acceptAll: string;
    rejectAll: string;
    customize: string;
    /** Opt-out mode: switches off every category that sells or shares data. */
    doNotSell: string;
    /** Opt-out mode: the first-layer statement. */
    optOutText: string;
    /** Opt-out mode: closes the banner, keeping the current defaults. */
    dismiss: string;
    close: string;
    preferencesTitle: string;
    preferencesText: string;
    save: string;
    alwaysOn: string;
    cookies: string;
    lifetime: string;
    policySection: string;
    /** The floating settings button's label; `consentry-settings-button.js` carries the built-in ones. */
    settings: string;
    /** Shown when a decision could not be recorded (the engine did not load); the visitor can try again. */
    saveFailed: string;
    /** `notice` rule: the first-layer statement. */
    noticeText: string;
    /** `{name}` is the controller's name: who asks for consent, on the first layer. */
    controllerText: string;
    /** What follows a label: `': '` in English, `'：'` in Chinese. */
    colon: string;
    /** Labels of the controller's and recipients' details in the preferences. */
    controllerLabel: string;
    contactLabel: string;
    addressLabel: string;
    recipientLabel: string;
    countryLabel: string;
    dataLabel: string;
    purposeLabel: string;
    /** Marks a service that needs its own consent (sharing with another handler, transfer abroad). */
    separateLabel: string;
    /** The confirmation after "Accept all" that lists the services needing separate consent. */
    separateTitle: string;
    separateText: string;
    separateAgree: string;
    separateLater: string;
    /** The personalisation switch of a category: `{category}` is its title. */
    personalizedLabel: string;
    personalizedText: string;
    /** `{age}` is `minors.age`. */
    minorButton: string;
    minorTitle: string;
    minorText: string;
    guardianLink: string;
    categories: Record<string, {
        title: string;
        description: string;
    }>;
    /** `data`: the kinds of personal information the service receives. */
    services: Record<string, {
        name: string;
        purpose: string;
        data?: string;
    }>;
}
export type TextsOverride = Partial<Omit<Texts, 'categories' | 'services'>> & {
    categories?: Record<string, Partial<Texts['categories'][string]>>;
    services?: Record<string, Partial<Texts['services'][string]>>;
};
/** The consent state, as `get()` returns it and every event carries it. */
export interface Snapshot {
    /** A decision is on record for the current policy revision. */
    given: boolean;
    /** Consent id (random UUID) of the record, or null before any decision. */
    id: string | null;
    /** The current policy revision. */
    revision: string;
    categories: Record<string, boolean>;
    services: Record<string, boolean>;
    /** ISO time of the first decision on this record, or null. */
    givenAt: string | null;
    /** ISO time of the latest decision, or null. */
    updatedAt: string | null;
    method: Method | null;
    /** Global Privacy Control was present. */
    gpc: boolean;
    mode: Mode;
    /** The choice could be written to the cookie (false when cookies are blocked). */
    stored: boolean;
    /** A withdrawn category's tags already ran on this page: reload to stop them. */
    reloadNeeded: boolean;
    /** Choices of a record made under an older policy revision: a starting point, not consent. */
    previous: {
        categories: Record<string, boolean>;
        services: Record<string, boolean>;
    } | null;
    /** IAB TCF consent (consentry-tcf.js only): null until a TC string is on record. */
    tcf?: TcfSnapshot | null;
    /** The visitor's region from the config (upper case), or null. */
    region: string | null;
    /** The rule set in force. */
    rule: Rule;
    /** The record is a child's: only the required categories run. */
    minor: boolean;
    /** For each category that offers the choice: its personalised use is allowed now. */
    personalized: Record<string, boolean>;
    /** Service id → ISO time of the separate consent given to it. */
    separate: Record<string, string>;
}
/** `{ analytics: true, 'ad-partner': false }`: category and service ids to switch. */
export type Choices = Record<string, boolean>;
export type EventName = 'ready' | 'consent' | 'change';
/** `separate`: the confirmation of separate consents; `minor`: the guardian notice after "I am under 14". */
export type View = 'banner' | 'preferences' | 'separate' | 'minor';
export interface EventMap {
    ready: Snapshot;
    consent: Snapshot;
    change: Snapshot;
    /** The UI is asked to show a view (used by the UI itself). */
    show: View;
}
/** `window.consentry` */
export interface ConsentryApi {
    readonly version: string;
    /** The validated config, with defaults filled in. */
    readonly config: ResolvedConfig;
    get(): Snapshot;
    /** Whether a category or service id is allowed now. */
    allowed(id: string): boolean;
    /**
     * Decisions resolve to the new snapshot. They take effect at once when the engine is loaded (it loads with
     * the banner), else as soon as `consentry-engine.js` arrives.
     */
    acceptAll(method?: Method): Promise<Snapshot>;
    rejectAll(method?: Method): Promise<Snapshot>;
    /**
     * Switch the named categories and services; the rest keep their state. `'<category>.personalized'` switches a
     * category's personalised use. A service switched on by its own id is given its separate consent.
     */
    set(choices: Choices, method?: Method): Promise<Snapshot>;
    /** The visitor says they are (true) or are not (false) under `minors.age`: true records the required categories only. */
    setMinor(minor: boolean, method?: Method): Promise<Snapshot>;
    showBanner(): void;
    showPreferences(): void;
    /** Forget the decision: delete the cookie and ask again. */
    reset(): Promise<Snapshot>;
    on<E extends keyof EventMap>(event: E, fn: (detail: EventMap[E]) => void): () => void;
}
/** A service as the gate keeps it: as given (`cookiesOf` and `hostsOf` read its lists). */
export type ResolvedService = ServiceConfig;
export interface ResolvedConfig {
    policy: PolicyConfig;
    categories: Record<string, CategoryConfig>;
    services: Record<string, ResolvedService>;
    cookie: {
        name: string;
        domain?: string;
        days: number;
    };
    mode: Mode;
    gpc: boolean;
    consentMode: ConsentModeConfig | false;
    dataLayer: string | false;
    receipts?: {
        endpoint: string;
    };
    nonce?: string;
    ui: UiConfig;
    engineSrc?: string;
    blocking?: boolean;
    controller?: ControllerConfig;
    /** Upper case, '' when not given or not an ISO 3166 code. */
    region: string;
    rules?: Record<string, Rule>;
    /** The rule set in force for `region`. */
    rule: Rule;
    minors?: MinorsConfig;
}
