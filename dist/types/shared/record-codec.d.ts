import type { Method, ResolvedConfig } from './types';
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
 * `2.<id>.<revision hash>.<given>.<updated>.<method><gpc>.<categories>.<services on>.<services off>.<config hash>.<checksum>`
 * Categories are the hashes of the allowed ones; services only where they differ from their category, so
 * the cookie stays small whatever the ids' length (100 services: under 1 KB).
 */
export declare function encode(r: ConsentRecord, config: ResolvedConfig): string;
/** Reads a cookie value back against the current config. Never throws. */
export declare function decode(value: string | undefined, config: ResolvedConfig, now?: number): Decoded;
