import type { CatalogueEntry } from './types';
/**
 * Players and maps embedded in pages. They are `preferences`: what a visitor chooses to see, and the vendors'
 * own cookie documentation files the cookies they set for it under functionality (Google lists YouTube's
 * `VISITOR_INFO1_LIVE` and Maps' `NID` as cookies that keep preferences).
 */
export declare const embeds: CatalogueEntry[];
