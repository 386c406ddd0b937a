import type { ConsentryApi, ConsentryConfig } from './shared/types';
export type * from './shared/types';
/** Starts Consentry with `config` and returns the API (also `window.consentry`). */
export declare function init(config: ConsentryConfig): ConsentryApi;
