import type { CatalogueEntry } from './types';
/** Partners common on sites for visitors in mainland China. */
export declare const china: CatalogueEntry[];
