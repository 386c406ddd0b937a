import type { ResolvedConfig } from '../shared/types';
import type { Store } from './store';
import { isObject } from '../shared/config';

/** `minors.age` (14 unless the site says otherwise) when the site offers "I am under {age}", else 0. */
export const childAge = (cfg: ResolvedConfig): number => (isObject(cfg.minors) ? (+cfg.minors.age! > 0 ? +cfg.minors.age! : 14) : 0);

/** A text with `{age}` replaced by that age. */
export const withAge = (store: Store, text: string): string => text.replace('{age}', String(childAge(store.cfg)));
