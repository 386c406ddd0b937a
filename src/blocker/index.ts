// consentry-blocker.js: loaded right after consentry.js when services list `hosts`.
import type { ConsentryApi } from '../shared/types';
import { error } from '../shared/log';
import { createBlocker } from './create-blocker';

declare global {
  interface Window {
    consentry?: ConsentryApi;
  }
}

const api = window.consentry;
if (!api) error('consentry-blocker.js needs consentry.js: load it right after it, synchronously');
else if (api.config.blocking !== false && Object.values(api.config.services).some((s) => s.hosts.length)) {
  try {
    createBlocker(api);
  } catch (e) {
    error('automatic blocking failed to start', e);
  }
}
