/** Runs `fn` once the document has parsed (or right after the current script, when it already has). */
export declare function whenParsed(fn: () => void): void;
/**
 * Runs `fn` after the page's load event, in a task of its own: for what the first paint does not need (the
 * settings button, the cross-tab channel).
 */
export declare function afterLoad(fn: () => void): void;
