import type { Choices, ResolvedConfig, Snapshot } from './types';
import type { ConsentRecord } from './record-codec';
/** What the gate lets the engine read. The engine never changes the gate: it returns, the gate commits. */
export interface GateView {
    /** The site owner's config as given, for the engine's full diagnostics. */
    input: unknown;
    cfg: ResolvedConfig;
    /** Fingerprint of the config as given ('' when it is not plain data): records carry the one they were written under. */
    configHash: string;
    /** The snapshot now: the decision on record, Global Privacy Control, what is allowed. */
    get(): Snapshot;
    /** The record as stored: choices that are not in force now too (a separate consent not yet given, a child's flag). */
    record(): ConsentRecord | null;
}
/** A decision the engine recorded, for the gate to commit. */
export interface Recorded {
    record: ConsentRecord | null;
    /** The cookie's new value (undefined once forgotten). */
    seen: string | undefined;
    /** The browser kept the cookie. */
    stored: boolean;
}
/**
 * Why an inert tag does not run: `unknown` ids, no `nonce` (the page's), a refused `url`, or a script too `slow`
 * to load (the tags after it went on).
 */
export type TagProblem = 'unknown' | 'nonce' | 'url' | 'slow';
/** How long a partner script may take to load before the tags after it go on without it (ms). */
export declare const LOAD_TIMEOUT = 8000;
/** Records decisions: the part of Consentry that only runs when a visitor (or the site) decides. */
export interface Engine {
    /** The config passed the full check (each mistake was reported on the console). */
    ok: boolean;
    /** "Accept all" (true) or "Reject all" (false); null when nothing may be recorded. */
    all(value: boolean, method: unknown): Recorded | null;
    /** Switches the named categories and services; the rest keep their state. */
    set(choices: Choices, method: unknown): Recorded | null;
    /** The visitor is (true) or is not (false) a child: records the required categories only; null when there is nothing to change. */
    minor(value: boolean, method: unknown): Recorded | null;
    /** Forgets the decision: the cookie is removed. */
    forget(): Recorded;
    /** After the gate committed: deletes the cookies of what is not allowed, tells other tabs, sends the receipt. */
    settle(snapshot: Snapshot, decided: boolean): void;
    /** Tells the site owner, on the console, why a tag does not run. */
    explain(problem: TagProblem, el: Element): void;
}
export type EngineFactory = (gate: GateView) => Engine;
