import type { ResolvedConfig } from '../shared/types';
/**
 * Google Consent Mode v2. Uses the page's own `gtag` when it has one; otherwise defines the standard
 * one, which pushes its `arguments` object (gtag.js ignores plain arrays). Returns the update.
 */
export declare function createConsentMode(cfg: ResolvedConfig): (allowed: (id: string) => boolean, personalized: Record<string, boolean>) => void;
