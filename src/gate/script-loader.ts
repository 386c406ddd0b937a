import type { ResolvedConfig } from '../shared/types';
import { error } from '../shared/log';

/**
 * Loads Consentry's own lazy files once each, and says which one failed and how to fix it. The UI, the engine
 * and the settings button sit next to the gate's script (so copying `dist/` anywhere works) unless `ui.src` /
 * `engineSrc` say otherwise. A file that failed to load is asked for again on the next call.
 */
export function createScriptLoader(cfg: ResolvedConfig, gateSrc?: string) {
  const loads: Record<string, Promise<void>> = {};
  /** `file` from next to the gate, or from `src` when the config sets it (`fix` names that setting). */
  return (file: string, src: string | undefined | false, fix: string): Promise<void> =>
    (loads[file] ||= new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src || new URL(file, gateSrc || document.baseURI).href;
      if (cfg.nonce) script.nonce = cfg.nonce;
      script.onload = () => resolve();
      script.onerror = () => {
        // The next call tries again: a network that failed once may answer now.
        delete loads[file];
        script.remove();
        reject(error(`could not load ${script.src}: keep ${file} next to consentry.js, or set ${fix}`));
      };
      document.head.appendChild(script);
    }));
}
