const prefix = '[consentry] ';

/** A mistake the site owner must fix; the library falls back to the safe outcome. Returns it as an Error to reject with. */
export const error = (message: string, ...extra: unknown[]): Error => {
  console.error((message = prefix + message), ...extra);
  return new Error(message);
};

/** Something odd that the library worked around. */
export const warn = (message: string, ...extra: unknown[]): void => console.warn(prefix + message, ...extra);
