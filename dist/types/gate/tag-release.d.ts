import { type TagProblem } from '../shared/engine-contract';
/** Inert partner tags as site owners write them. */
export declare const INERT = "script[type=\"text/plain\"][data-consent],iframe[data-consent][data-src],img[data-consent][data-src]";
/**
 * Releases inert tags once their category or service is allowed: in document order, each external
 * script loaded before the next one runs, every attribute (and the nonce) carried over, the site's own
 * `onload` kept. A tag that left the page before its turn is dropped; the wait for an external script only
 * happens where the browser fires `load` or `error`, and never lasts longer than `LOAD_TIMEOUT`.
 * `permitted(el)` says whether the element may run now (null: never); `explain` hears of the tags that do
 * not run. Returns the scan: of the document, or of the nodes that mutation records added.
 */
export declare function createTagRelease(permitted: (el: Element) => boolean | null, explain: (problem: TagProblem, el: Element) => void): (records?: MutationRecord[]) => void;
