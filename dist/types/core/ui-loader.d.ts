import type { ResolvedConfig } from './types';
/**
 * Returns a loader that adds `consentry-ui.js` once, when a view is first needed. The default URL sits
 * next to the gate's own script, so copying `dist/` anywhere works.
 */
export declare function createUiLoader(cfg: ResolvedConfig, gateUrl?: string): () => void;
