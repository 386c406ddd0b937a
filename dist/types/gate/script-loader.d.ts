import type { ResolvedConfig } from '../shared/types';
/**
 * Loads Consentry's own lazy files once each, and says which one failed and how to fix it. The UI, the engine
 * and the settings button sit next to the gate's script (so copying `dist/` anywhere works) unless `ui.src` /
 * `engineSrc` say otherwise. A file that failed to load is asked for again on the next call.
 */
export declare function createScriptLoader(cfg: ResolvedConfig, gateSrc?: string): (file: string, src: string | undefined | false, fix: string) => Promise<void>;
