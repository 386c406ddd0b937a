import type { ResolvedConfig, Snapshot } from '../shared/types';
import type { ConsentRecord } from '../shared/record-codec';
/**
 * `checking`: the config is new to this browser and the engine has not checked it yet; `live`: checked;
 * `disabled`: it failed its check. Only `live` lets anything non-essential run.
 */
export type Phase = 'checking' | 'live' | 'disabled';
/** The one consent state the gate holds; everything the page sees is derived from it. */
export interface GateState {
    phase: Phase;
    /** The visitor's decision for the current policy revision, or null. */
    record: ConsentRecord | null;
    /** A decision under an older policy revision: a starting point for the preferences, not consent. */
    previous: ConsentRecord | null;
    /** Global Privacy Control is on now. */
    gpc: boolean;
    /** The last decision could be written to the cookie. */
    stored: boolean;
    /** A withdrawn category's tags already ran on this page. */
    reloadNeeded: boolean;
    /** The cookie value this page last read or wrote: another value means another tab decided. */
    seen: string | undefined;
}
export type Allowed = Pick<Snapshot, 'categories' | 'services' | 'personalized'>;
/**
 * What is allowed now, by category and by service: required categories always; the rest only while the config
 * is live, as the record says (before a decision: nothing; under `us` what is not sold or shared; under
 * `notice` everything). Global Privacy Control switched on after the decision holds back the sold or shared
 * categories. A child's record allows the required categories only. A category's personalised use needs the
 * category and no refusal of it; a service that needs separate consent runs only once it was given.
 */
export declare function allowedNow(cfg: ResolvedConfig, s: GateState): Allowed;
/** The snapshot that `get()` returns and every event carries. */
export declare function snapshotOf(cfg: ResolvedConfig, s: GateState, now: Allowed): Snapshot;
