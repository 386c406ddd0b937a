const prefix = '[consentry] ';

/** A mistake the site owner must fix; the library falls back to the safe outcome. */
export const error = (message: string, ...extra: unknown[]): void => console.error(prefix + message, ...extra);

/** Something odd that the library worked around. */
export const warn = (message: string, ...extra: unknown[]): void => console.warn(prefix + message, ...extra);
