import type { CatalogueEntry } from './types';
/** Ad measurement, retargeting and ads on other sites (the `advertising` category). */
export declare const advertising: CatalogueEntry[];
