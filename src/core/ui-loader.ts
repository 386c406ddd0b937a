import type { ResolvedConfig } from './types';
import { error } from './log';

/**
 * Returns a loader that adds `consentry-ui.js` once, when a view is first needed. The default URL sits
 * next to the gate's own script, so copying `dist/` anywhere works.
 */
export function createUiLoader(cfg: ResolvedConfig, gateUrl?: string): () => void {
  let started = false;
  return () => {
    if (started) return;
    started = true;
    const src = cfg.ui.src || (gateUrl && new URL('consentry-ui.js', gateUrl).href);
    if (!src) return error("cannot tell where consentry-ui.js is: set ui.src to its URL");
    const script = document.createElement('script');
    script.src = src;
    if (cfg.nonce) script.nonce = cfg.nonce;
    document.head.appendChild(script);
  };
}
