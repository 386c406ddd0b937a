import type { ConsentryApi, ConsentryConfig } from '../shared/types';
import { type Options } from './create-gate';
declare global {
    interface Window {
        consentry?: ConsentryApi;
        consentryConfig?: ConsentryConfig;
    }
}
/**
 * Installs the gate once per page and exposes it as `window.consentry`. Never throws into the page: a bad
 * config gives console errors and an instance under which nothing non-essential runs.
 */
export declare function installGate(input: unknown, bundled?: Options, script?: HTMLScriptElement | null): ConsentryApi | undefined;
