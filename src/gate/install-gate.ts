import type { ConsentryApi, ConsentryConfig } from '../shared/types';
import { readConfig } from '../shared/config';
import { createGate, type Options } from './create-gate';
import { error, warn } from '../shared/log';

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
export function installGate(input: unknown, bundled: Options = {}, script = document.currentScript as HTMLScriptElement | null): ConsentryApi | undefined {
  if (window.consentry) {
    warn('included twice: keeping the first; remove the extra script tag or init() call');
    return window.consentry;
  }
  if (script?.async || script?.defer) {
    warn('load consentry.js without async or defer, first in <head>, so that Consent Mode defaults come first');
  }
  try {
    const config = readConfig(input);
    // An unusable config (null) is reported field by field by the engine, which loads because it is unchecked.
    if (config) config.nonce ||= script?.nonce || undefined;
    return (window.consentry = createGate(input, config, { ...bundled, src: script?.src }));
  } catch (e) {
    error('could not start; nothing non-essential runs', e);
  }
}
