import type { TcfSnapshot } from './types';
import type { TcfCmpHandle } from './cmp-contract';
import { type AdConsentMode } from './consent-mode-from-tcf';
/**
 * What the TCF build of the gate shares with the CMP (consentry-tcf-cmp.js), which loads after it: the TCF
 * consent on record, the Consent Mode types derived from it, and whether the CMP has answered yet. Until it
 * has, the gate releases nothing, sends no Consent Mode update and does not announce `ready`: like TCF
 * vendors, Consentry's own tags wait for the CMP.
 */
export interface TcfLink {
    /** Set by the TCF build of the gate: switches it off (a refused TCF config), and says whether it is off. */
    gate?: {
        disable(): void;
        disabled(): boolean;
    };
    /** The TCF consent on record; null when there is none (first visit, stale string, refused config). */
    state: TcfSnapshot | null;
    /** The CMP has read the stored TC string, or could not load. */
    loaded: boolean;
    /** The TCF config was refused (no registered CMP id): nothing non-essential runs. */
    refused: boolean;
    /** Runs `fn` once the CMP has answered. */
    whenLoaded(fn: () => void): void;
    /** Called by the CMP: the consent on record (or null), and the CMP is ready. */
    load(state: TcfSnapshot | null): void;
    /** The gate asks whether the TC string changed since it last announced. */
    changed(): boolean;
    /** Consent Mode advertising types from the TCF purposes, for the gate's update. */
    consentMode(): AdConsentMode;
    /** Hands the CMP to the TCF banner once it has read the vendor list (set by consentry-tcf.js). */
    provide?: (cmp: TcfCmpHandle) => void;
}
export declare const tcfLink: TcfLink;
