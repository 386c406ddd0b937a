import type { CatalogueEntry } from './types';
/**
 * Chat and help widgets. They are `preferences`: a feature the visitor may use, not needed to show the page;
 * a site that opens the chat only when the visitor asks for it may treat it as necessary from then on.
 */
export declare const chat: CatalogueEntry[];
