/** `__tcfapi(command, version, callback, parameter)`, as the IAB CMP API v2 defines it. */
export type TcfApi = (command?: string, version?: unknown, callback?: (value: unknown, success: boolean) => void, parameter?: unknown) => unknown;

declare global {
  interface Window {
    __tcfapi?: TcfApi;
  }
}

const LOCATOR = '__tcfapiLocator';

/**
 * The synchronous CMP stub of the IAB CMP API v2 ("How does the CMP stub API work?"): `__tcfapi` answers
 * `ping` at once and queues every other call for the CMP, which takes the queue over by calling `__tcfapi()`
 * without arguments; a hidden `__tcfapiLocator` iframe tells ad iframes that a CMP is here, and a `message`
 * listener answers their `__tcfapiCall` messages with `__tcfapiReturn`, through whichever `__tcfapi` is
 * current. `error` (a refused config) answers `ping` with cmpStatus `error` and nothing else, as the spec asks.
 * Returns false when the page already has a CMP.
 */
export function installStub(failed: boolean): boolean {
  if (window.__tcfapi || window.frames[LOCATOR as unknown as number]) return false;
  const queue: unknown[][] = [];
  window.__tcfapi = function (command, _version, callback) {
    if (!arguments.length) return queue;
    if (command == 'ping') callback?.({ gdprApplies: true, cmpLoaded: false, cmpStatus: failed ? 'error' : 'stub', displayStatus: 'hidden', apiVersion: '2' }, true);
    else if (!failed) queue.push([...arguments]);
  };
  const frame = document.createElement('iframe');
  frame.name = LOCATOR;
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  // Before <body> exists (the stub runs first in <head>) the frame goes in <html>; the parser adds <body> after it.
  (document.body || document.documentElement).appendChild(frame);

  addEventListener('message', (e) => {
    const text = typeof e.data == 'string';
    let data = e.data;
    try {
      if (text) data = JSON.parse(data);
    } catch {
      return;
    }
    const call = data && data.__tcfapiCall;
    if (!call || typeof call != 'object' || !e.source) return;
    window.__tcfapi!(
      call.command,
      call.version,
      (returnValue, success) => {
        const reply = { __tcfapiReturn: { returnValue, success, callId: call.callId } };
        (e.source as Window).postMessage(text ? JSON.stringify(reply) : reply, '*');
      },
      call.parameter,
    );
  });
  return true;
}
