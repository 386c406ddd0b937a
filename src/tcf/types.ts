/** `tcf` in the config: the IAB TCF v2.3 module (dist/consentry-tcf.js). */
export interface TcfConfig {
  /** The id IAB Europe assigned to your registered CMP (a whole number from 2). Without it no TC string is made. */
  cmpId: number;
  /** Your CMP's own version number, written into every TC string (a whole number, 0 or more). */
  cmpVersion: number;
  /** URL of your own copy of the Global Vendor List (`vendor-list.json`); translations `purposes-{lang}.json` sit next to it. */
  vendorListUrl: string;
  /** Ids of the GVL vendors you work with: shown to the visitor and disclosed in every TC string. */
  vendors: number[];
  /** Purposes asked for (default: every purpose your vendors declare). */
  purposes?: number[];
  /** Purposes the publisher itself processes on legitimate interest (default none); the visitor may object. */
  legitimateInterest?: number[];
  /** ISO 3166-1 alpha-2 country of the publisher, e.g. `DE`. */
  publisherCountryCode: string;
  /**
   * Google Ad Tech Providers that are not on the GVL (from Google's list of ATPs): shown to the visitor, and
   * their consent goes into the Additional Consent string.
   */
  googleAtp?: GoogleAtp[];
  /** Purposes each Consentry category needs, e.g. `{ advertising: [1, 3, 4, 7], analytics: [1, 8, 9] }`. */
  categories?: Record<string, number[]>;
  /** URL of `consentry-tcf-cmp.js` (default: next to `consentry-tcf.js`). */
  cmpSrc?: string;
}

export interface GoogleAtp {
  id: number;
  name: string;
  policyUrl?: string;
}

/** Ids → on/off, as TCData's vectors carry them. */
export type IdFlags = Record<number, boolean>;

/** The TCF consent on record, as `get().tcf` and every event's `detail.tcf` carry it. */
export interface TcfSnapshot {
  /** The TC string stored in the `euconsent-v2` cookie. */
  tcString: string;
  /** Google's Additional Consent string (`addtl_consent` cookie), or null without `tcf.googleAtp`. */
  addtlConsent: string | null;
  cmpId: number;
  cmpVersion: number;
  policyVersion: number;
  vendorListVersion: number;
  /** Consent per purpose asked for. */
  purposes: IdFlags;
  /** Legitimate interest per purpose: false where the visitor objected. */
  legitimateInterests: IdFlags;
  /** Consent per configured vendor. */
  vendors: IdFlags;
  /** Legitimate interest per configured vendor: false where the visitor objected. */
  vendorLegitimateInterests: IdFlags;
  specialFeatures: IdFlags;
}
