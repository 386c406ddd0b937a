import type { ResolvedConfig } from '../shared/types';
import { error } from '../shared/log';

/**
 * Loads Consentry's own lazy files once each, and says which one failed and how to fix it. The UI, the engine
 * and the settings button sit next to the gate's script (so copying `dist/` anywhere works) unless `ui.src` /
 * `engineSrc` say otherwise.
 */
export function createScriptLoader(cfg: ResolvedConfig, gateSrc?: string) {
  const loads: Record<string, Promise<void>> = {};
  return (key: 'ui' | 'engine' | 'button', file: string): Promise<void> =>
    (loads[key] ||= new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = (key == 'ui' ? cfg.ui.src : key == 'engine' && cfg.engineSrc) || new URL(file, gateSrc || document.baseURI).href;
      if (cfg.nonce) script.nonce = cfg.nonce;
      script.onload = () => resolve();
      script.onerror = () => {
        error(`could not load ${script.src}: keep ${file} next to consentry.js, or set ${key == 'ui' ? 'ui.src' : key == 'engine' ? 'engineSrc' : 'ui.settingsButton: false'}`);
        reject();
      };
      document.head.appendChild(script);
    }));
}
