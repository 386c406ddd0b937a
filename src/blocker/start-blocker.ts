import type { ConsentryApi } from '../shared/types';
import { error } from '../shared/log';
import { hostsOf } from '../shared/config';
import { createBlocker } from './create-blocker';

declare global {
  interface Window {
    consentry?: ConsentryApi;
    /** Automatic blocking runs on this page (the engine warns about `hosts` without it). */
    consentryBlocker?: boolean;
  }
}

/** Starts automatic blocking for the gate's API, when the config lists hosts and does not switch it off. */
export function startBlocker(api: ConsentryApi | undefined): void {
  if (!api) {
    error('consentry-blocker.js needs consentry.js: load it right after it, synchronously');
    return;
  }
  window.consentryBlocker = true;
  if (api.config.blocking !== false && Object.values(api.config.services).some((s) => hostsOf(s).length)) {
    try {
      createBlocker(api);
    } catch (e) {
      error('automatic blocking failed to start', e);
    }
  }
}
