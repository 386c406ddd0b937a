import type { Method, Snapshot } from '../shared/types';
import type { IdFlags } from './types';
/** A visitor's TCF choice, as the UI edits it and the CMP encodes it. */
export interface TcfChoices {
    /** Consent per purpose. */
    purposes: IdFlags;
    /** Legitimate interest per purpose: false where the visitor objected. */
    purposeLi: IdFlags;
    specialFeatures: IdFlags;
    /** Consent per vendor. */
    vendors: IdFlags;
    /** Legitimate interest per vendor: false where the visitor objected. */
    vendorLi: IdFlags;
    /** Consent per Google ATP (Additional Consent). */
    atp: IdFlags;
}
/** A purpose, special purpose, feature or special feature, in the visitor's language where the GVL has it. */
export interface TcfItem {
    id: number;
    name: string;
    description: string;
    illustrations: string[];
}
export interface TcfStack {
    id: number;
    name: string;
    description: string;
    purposes: number[];
    specialFeatures: number[];
}
export interface TcfVendorView {
    id: number;
    name: string;
    purposes: number[];
    legIntPurposes: number[];
    specialPurposes: number[];
    features: number[];
    specialFeatures: number[];
    /** Days kept, in general and per purpose (GVL `dataRetention`). */
    retention: {
        std?: number;
        purposes: Record<number, number>;
        specialPurposes: Record<number, number>;
    };
    /** Privacy policy and legitimate interest claim, in the visitor's language when the vendor gives one (http(s) only). */
    privacyUrl?: string;
    legIntClaimUrl?: string;
    /** Longest cookie lifetime in seconds (null: session), or undefined without cookies. */
    cookieMaxAgeSeconds?: number | null;
    usesNonCookieAccess: boolean;
}
/** Everything the TCF banner shows, for the vendors and purposes of this site. */
export interface TcfView {
    /** The language the texts are in (consent language of the TC string). */
    language: string;
    vendorListVersion: number;
    /** Every purpose asked for, on consent or on legitimate interest. */
    purposes: TcfItem[];
    /** Purposes asked for on consent. */
    consentPurposes: number[];
    /** Purposes on which vendors or the publisher claim legitimate interest: the visitor may object. */
    liPurposes: number[];
    specialPurposes: TcfItem[];
    features: TcfItem[];
    specialFeatures: TcfItem[];
    /** The stacks that together name the asked purposes and special features on the first layer. */
    stacks: TcfStack[];
    vendors: TcfVendorView[];
    atp: Array<{
        id: number;
        name: string;
        policyUrl?: string;
    }>;
}
/** What consentry-tcf-cmp.js offers the TCF banner, through `window.consentryTcf`. */
export interface TcfCmpHandle {
    /** The texts in `language` (a TCF consent language such as `ZH-HANT`), English where the GVL has no translation. */
    view(language: string): Promise<TcfView>;
    /** Where the preferences start: the choice on record, else an earlier one, else nothing consented. */
    start(): TcfChoices;
    /** A TC string from before is stored that no longer answers (another vendor list): the visitor is asked again. */
    asksAgain(): boolean;
    /** Every switch on (true) or off (false, objecting to every legitimate interest as well). */
    all(value: boolean): TcfChoices;
    /** Encodes and stores the choice, tells TCF vendors and records it in Consentry. */
    decide(choices: TcfChoices, method: Method): Promise<Snapshot>;
}
