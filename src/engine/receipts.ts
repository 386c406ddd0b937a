import type { Snapshot } from '../shared/types';
import { uuid } from './uuid';
import { VERSION } from '../shared/version';
import { warn } from '../shared/log';

let warned = false;
const fail = () => {
  if (!warned) warn('a consent receipt could not be sent; the choice itself is kept');
  warned = true;
};

/** The body of a consent receipt: the site owner's proof of a decision. */
export const receipt = (s: Snapshot, language?: string) => ({
  receiptId: uuid(),
  consentId: s.id,
  time: s.updatedAt,
  revision: s.revision,
  method: s.method,
  categories: s.categories,
  services: s.services,
  gpc: s.gpc,
  region: s.region,
  rule: s.rule,
  minor: s.minor,
  personalized: s.personalized,
  separate: s.separate,
  language: language || document.documentElement.lang || navigator.language,
  // The page without its query string or fragment: tokens and e-mail addresses in links stay in the browser.
  url: location.origin + location.pathname,
  version: VERSION,
});

/** Sends a receipt without delaying or breaking the page: a beacon, else `fetch` with keepalive. */
export function sendReceipt(endpoint: string, s: Snapshot, language?: string): void {
  try {
    // text/plain keeps the request "simple": no CORS preflight, and beacons allow it.
    const body = JSON.stringify(receipt(s, language));
    if (!navigator.sendBeacon?.(endpoint, body)) {
      fetch(endpoint, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'text/plain' } }).then((r) => r.ok || fail(), fail);
    }
  } catch {
    fail();
  }
}
