import type { ConsentModeConfig } from '../shared/types';
/**
 * Google Consent Mode v2. Uses the page's own `gtag` when it has one; otherwise defines the standard
 * one, which pushes its `arguments` object (gtag.js ignores plain arrays).
 */
export declare function createConsentMode(config: ConsentModeConfig, dataLayer: string): (allowed: (id: string) => boolean) => void;
