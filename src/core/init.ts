import type { ConsentryApi, ConsentryConfig } from './types';
import { resolveConfig } from './config';
import { createConsentry } from './create-consentry';
import { error, warn } from './log';

declare global {
  interface Window {
    consentry?: ConsentryApi;
    consentryConfig?: ConsentryConfig;
  }
}

/**
 * Starts Consentry once per page and exposes it as `window.consentry`. Never throws into the page:
 * a bad config gives console errors and an instance under which nothing non-essential runs.
 */
export function init(input: ConsentryConfig | unknown, script = document.currentScript as HTMLScriptElement | null): ConsentryApi {
  if (window.consentry) {
    warn('Consentry is included more than once; keeping the first instance. Remove the extra script tag or init() call.');
    return window.consentry;
  }
  let config = null;
  try {
    config = resolveConfig(input);
    if (config && !config.nonce) config.nonce = script?.nonce || undefined;
  } catch (e) {
    error('could not read the config', e);
  }
  return (window.consentry = createConsentry(config, script?.src));
}
