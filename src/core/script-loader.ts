import type { ResolvedConfig } from './types';

/**
 * Loads Consentry's own lazy files once each: `consentry-ui.js` and `consentry-engine.js` sit next to the
 * gate's script (so copying `dist/` anywhere works) unless `ui.src` / `engineSrc` say otherwise.
 */
export function createScriptLoader(cfg: ResolvedConfig, gateSrc?: string) {
  const loads: Record<string, Promise<void>> = {};
  return (key: 'ui' | 'engine', file: string): Promise<void> =>
    (loads[key] ||= new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = (key == 'ui' ? cfg.ui.src : cfg.engineSrc) || new URL(file, gateSrc || document.baseURI).href;
      if (cfg.nonce) script.nonce = cfg.nonce;
      script.onload = () => resolve();
      script.onerror = reject;
      document.head.appendChild(script);
    }));
}
