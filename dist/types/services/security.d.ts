import type { CatalogueEntry } from './types';
/** Bot protection and payments: needed for the service the visitor asked for (the `necessary` category). */
export declare const security: CatalogueEntry[];
