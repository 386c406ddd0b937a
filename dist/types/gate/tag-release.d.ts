/** Inert partner tags as site owners write them. */
export declare const INERT = "script[type=\"text/plain\"][data-consent],iframe[data-consent][data-src],img[data-consent][data-src]";
/**
 * Releases inert tags once their category or service is allowed: in document order, each external
 * script loaded before the next one runs, every attribute (and the nonce) carried over.
 * `allowedFor(el)` says whether the element's category or service is allowed now.
 */
export declare function createTagRelease(allowedFor: (el: Element) => boolean): (nodes?: ArrayLike<Node>) => void;
