import type { Store } from './store';

/** A text with `{age}` replaced by `minors.age`. */
export const withAge = (store: Store, text: string): string => text.replace('{age}', String(store.cfg.minors?.age ?? 14));
