import type { ConsentryApi, ResolvedConfig } from '../shared/types';
import type { EngineFactory } from '../shared/engine-contract';
export interface Options {
    /** The engine, when bundled (ESM build); otherwise it is loaded next to the gate when first needed. */
    engine?: EngineFactory;
    /** The settings button, when bundled (ESM build); otherwise `consentry-settings-button.js` is loaded. */
    button?: (cfg: ResolvedConfig, api: ConsentryApi) => void;
    /** URL of the gate's own script: other files are found next to it. */
    src?: string;
}
/**
 * The gate: config → stored record → one consent state → tags, Consent Mode, events, the API. Runs on every
 * page view, so it only reads; recording a decision is the engine's job, loaded when first needed. A null
 * `config` means the site's config was unusable: the API answers, nothing non-essential runs, the stored
 * choice stays.
 */
export declare function createGate(input: unknown, config: ResolvedConfig | null, { engine: factory, button, src }: Options): ConsentryApi;
