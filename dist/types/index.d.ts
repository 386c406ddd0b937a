import type { ConsentryApi, ConsentryConfig } from './core/types';
export type * from './core/types';
/** Starts Consentry with `config` and returns the API (also `window.consentry`). */
export declare function init(config: ConsentryConfig): ConsentryApi;
