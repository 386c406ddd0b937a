import type { ResolvedConfig, Snapshot } from '../shared/types';
import { type TagProblem } from '../shared/engine-contract';
/** Why a tag does not run, in words a site owner can act on. */
export declare function explainTag(cfg: ResolvedConfig, problem: TagProblem, el: Element): void;
/**
 * What the engine checks about the page when it starts: a consent cookie the gate could not read, and `hosts`
 * in a config whose page has no blocker to hold them back.
 */
export declare function checkPage(cfg: ResolvedConfig, cookieValue: string | undefined, snap: Snapshot): void;
