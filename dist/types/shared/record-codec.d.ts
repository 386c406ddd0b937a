import type { Method, ResolvedConfig, Rule } from './types';
/** What the consent cookie remembers. */
export interface ConsentRecord {
    id: string;
    /** Policy revision the choice was made under. Only its hash is stored; it is compared, never shown. */
    revision: string;
    /** Seconds since the epoch. */
    givenAt: number;
    updatedAt: number;
    method: Method;
    gpc: boolean;
    categories: Record<string, boolean>;
    services: Record<string, boolean>;
    /** Fingerprint of the config the engine checked in full before writing this record ('' in format 1). */
    configHash: string;
    /** The rule set the decision was made under (null in formats 1 and 2: valid under any). */
    rule: Rule | null;
    /** A child's record (`setMinor(true)`): only the required categories run. */
    minor: boolean;
    /** Categories whose personalised use the visitor refused (absent: allowed with the category). */
    personalized: Record<string, boolean>;
    /** Service id → seconds since the epoch of its separate consent. */
    separate: Record<string, number>;
}
export type Decoded = {
    status: 'none';
} | {
    status: 'invalid';
} | {
    status: 'expired';
} | {
    status: 'stale';
    record: ConsentRecord;
} | {
    status: 'valid';
    record: ConsentRecord;
};
export declare const METHODS: Method[];
/**
 * `3.<id>.<revision hash>.<given>.<updated>.<method><gpc><minor>.<categories>.<services on>.<services off>.<config hash>.<rule>.<not personalised>.<separate>.<checksum>`
 * Format 2 ends at the config hash.
 * `2.<id>.<revision hash>.<given>.<updated>.<method><gpc>.<categories>.<services on>.<services off>.<config hash>.<checksum>`
 * Categories are the hashes of the allowed ones; services only where they differ from their category, so
 * the cookie stays small whatever the ids' length (100 services: under 1 KB).
 */
export declare function encode(r: ConsentRecord, config: ResolvedConfig): string;
/** Reads a cookie value back against the current config. Never throws. */
export declare function decode(value: string | undefined, config: ResolvedConfig, now?: number): Decoded;
