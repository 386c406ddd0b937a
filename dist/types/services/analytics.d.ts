import type { CatalogueEntry } from './types';
/** Measurement: audience, usage, faults and performance (the `analytics` category). */
export declare const analytics: CatalogueEntry[];
