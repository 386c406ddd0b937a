// consentry-blocker.js: loaded right after consentry.js when services list `hosts`.
import type { ConsentryApi } from '../core/types';
import { error } from '../core/log';
import { createBlocker } from './create-blocker';

declare global {
  interface Window {
    consentry?: ConsentryApi;
  }
}

const api = window.consentry;
if (!api) error('consentry-blocker.js found no window.consentry: load it right after consentry.js, not before or async');
else if (api.config.blocking !== false && Object.values(api.config.services).some((s) => s.hosts.length)) {
  try {
    createBlocker(api);
  } catch (e) {
    error('automatic blocking could not start; partner tags marked type="text/plain" are still held back', e);
  }
}
