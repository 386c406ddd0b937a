import type { Snapshot } from '../shared/types';
/** The body of a consent receipt: the site owner's proof of a decision. */
export declare const receipt: (s: Snapshot, language?: string) => {
    receiptId: string;
    consentId: string | null;
    time: string | null;
    revision: string;
    method: import("..").Method | null;
    categories: Record<string, boolean>;
    services: Record<string, boolean>;
    gpc: boolean;
    region: string | null;
    rule: import("..").Rule;
    minor: boolean;
    personalized: Record<string, boolean>;
    separate: Record<string, string>;
    language: string;
    url: string;
    version: string;
};
/** Sends a receipt without delaying or breaking the page: a beacon, else `fetch` with keepalive. */
export declare function sendReceipt(endpoint: string, s: Snapshot, language?: string): void;
