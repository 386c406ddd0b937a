import { afterLoad } from './page-timing';

/**
 * Calls `check` when another tab may have decided: this page came back from the back/forward cache, became
 * visible again, or another tab's engine said so on the `consentry` channel (opened after load).
 */
export function watchOtherTabs(check: () => void): void {
  addEventListener('pageshow', check);
  document.addEventListener('visibilitychange', check);
  afterLoad(() => {
    if (typeof BroadcastChannel == 'function') new BroadcastChannel('consentry').onmessage = check;
  });
}
