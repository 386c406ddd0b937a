import type { CatalogueEntry, CookieLifetime } from './types';
/** What a site owner puts under `services[id]` in a Consentry config for a catalogue entry. */
export interface CatalogueServiceConfig {
    category: CatalogueEntry['category'];
    hosts: string[];
    cookies: {
        name: string;
        lifetime: CookieLifetime | 'session';
    }[];
    policyAnchor?: undefined;
}
/**
 * The entry as a Consentry service config. Consentry's blocker matches host names only, so a host given with a
 * path prefix is kept as its bare host name when no other entry of `catalogue` uses that host name (Meta's
 * `www.facebook.com/tr` → `www.facebook.com`), and left out when another entry shares it (reCAPTCHA's
 * `www.google.com/recaptcha` and Maps' `www.google.com/maps`: blocking `www.google.com` for one would hold
 * back the other). `policyAnchor` is the site's own, so it is left for the site owner to add.
 */
export declare function serviceConfigIn(catalogue: readonly CatalogueEntry[], entry: CatalogueEntry): CatalogueServiceConfig;
