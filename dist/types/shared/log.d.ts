/** A mistake the site owner must fix; the library falls back to the safe outcome. Returns it as an Error to reject with. */
export declare const error: (message: string, ...extra: unknown[]) => Error;
/** Something odd that the library worked around. */
export declare const warn: (message: string, ...extra: unknown[]) => void;
