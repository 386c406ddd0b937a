import type { CatalogueEntry } from './types';
/** Every entry, grouped by kind in its own file. */
export declare const catalogue: readonly CatalogueEntry[];
