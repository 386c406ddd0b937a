import type { ConsentryApi, ConsentryConfig } from '../shared/types';
import { type Options } from './create-consentry';
declare global {
    interface Window {
        consentry?: ConsentryApi;
        consentryConfig?: ConsentryConfig;
    }
}
/**
 * Starts Consentry once per page and exposes it as `window.consentry`. Never throws into the page: a bad
 * config gives console errors and an instance under which nothing non-essential runs.
 */
export declare function start(input: unknown, bundled?: Options, script?: HTMLScriptElement | null): ConsentryApi | undefined;
