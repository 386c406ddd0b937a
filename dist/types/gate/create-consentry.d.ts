import type { ConsentryApi, Method, ResolvedConfig, Snapshot } from '../shared/types';
import type { ConsentRecord } from '../shared/record-codec';
import type { EngineFactory } from '../shared/engine-contract';
export type State = Pick<Snapshot, 'categories' | 'services'>;
/** What the gate shares with the engine that records decisions. */
export interface Core {
    /** The site owner's config as given, for the engine's full diagnostics. */
    input: unknown;
    cfg: ResolvedConfig;
    gpc: boolean;
    record: ConsentRecord | null;
    state: State;
    /** The cookie value this page last saw or wrote; another value means another tab decided. */
    seen: string | undefined;
    stored: boolean;
    defaults(): State;
    withServices(cats: Record<string, boolean>, svcs: Record<string, boolean>): State;
    /** Moves to a new state: newly allowed tags run, Consent Mode and listeners are told. */
    apply(next: State, method: Method | null): Snapshot;
    /** The config failed its diagnostics: nothing non-essential may run and no decision is recorded. */
    disable(): void;
    /** Fingerprint of the config as given ('' when it is not plain data): records carry the one they were written under. */
    configHash: string;
    /**
     * Whether the engine already checked this exact config in this browser: the stored record was written under
     * it, or (after the config changed) localStorage remembers it; `true` marks it so.
     */
    checked(mark?: boolean): boolean;
}
export interface Options {
    /** The engine, when bundled (ESM build); otherwise it is loaded next to the gate on the first decision. */
    engine?: EngineFactory;
    /** The settings button, when bundled (ESM build); otherwise `consentry-settings-button.js` is loaded. */
    button?: (cfg: ResolvedConfig, open: () => void) => void;
    /** URL of the gate's own script: other files are found next to it. */
    src?: string;
}
/**
 * The gate: config → stored record → state → tags, Consent Mode, events, the API. Runs on every page view,
 * so it only reads; recording a decision is the engine's job, loaded when first needed. A null `config`
 * means the site's config was unusable: the API answers, nothing non-essential runs, the stored choice stays.
 */
export declare function createConsentry(input: unknown, config: ResolvedConfig | null, { engine: factory, button, src }: Options): ConsentryApi;
