/** One unit and its count, e.g. `{ days: 30 }` (the same shape as a Consentry config's cookie lifetime). */
export type CookieLifetime = Partial<Record<'minutes' | 'hours' | 'days' | 'months' | 'years', number>>;
/** A cookie a partner sets: its name, or a `/regex/` pattern with a real name it matches in `example`. */
export interface CatalogueCookie {
    /** A cookie name (`_fbp`) or a `/regex/` string (`/^_ga_/`). */
    name: string;
    /** How long it lives by the vendor's documentation, or `'session'` for a browser-session cookie. */
    lifetime: CookieLifetime | 'session';
    /** For a pattern: a real cookie name the pattern must match. */
    example?: string;
}
/** A partner as the catalogue knows it. Every fact in an entry comes from one of its `sources`. */
export interface CatalogueEntry {
    /** Kebab-case id, also the suggested service id in a Consentry config (`google-analytics`). */
    id: string;
    /** The suggested category, following what the vendor's own documentation says the tag is for. */
    category: 'necessary' | 'preferences' | 'analytics' | 'advertising';
    /**
     * Hosts the vendor's scripts, pixels and iframes load from. A host covers its subdomains. A host may carry a
     * path prefix (`www.google.com/recaptcha`) where two vendors share one host; the prefix matches whole path
     * segments (`/recaptcha` matches `/recaptcha/api.js`, not `/recaptchas`; `/embed/` matches what starts with it).
     */
    hosts: string[];
    cookies: CatalogueCookie[];
    /** The company that receives the data, and how to reach it about privacy (an https URL or an email). */
    recipient: {
        name: string;
        contact: string;
    };
    /** ISO 3166-1 alpha-2 country of `recipient`. */
    country: string;
    /** The vendor's privacy policy. */
    policyUrl: string;
    /** What the partner does with the visitor's data, one sentence in each built-in language. */
    purpose: Record<'en' | 'zh-Hans' | 'zh-Hant', string>;
    /** The vendor's own documentation the hosts, cookies and lifetimes come from. */
    sources: string[];
}
