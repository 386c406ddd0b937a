import type { ConsentryApi } from '../shared/types';
import { serviceFor } from './host-match';
import { hostsOf } from '../shared/config';
import { blocked, neuter, restoreScript, setAttr, type Partner } from './neuter';
import { intercept } from './intercept';
import { createPlaceholders, loadedOnce } from './embed-placeholders';

const WATCHED = 'script[src],iframe[src],img[src],iframe[data-src][data-consent]';
const TAGS = /^(SCRIPT|IFRAME|IMG)$/;

/**
 * Keeps scripts, iframes and images away from the hosts of services that are not allowed, by turning them
 * into the gate's inert markup; the gate releases them, in order, once their service is allowed. Images
 * blocked while detached are released on the next consent change that allows them.
 */
export function createBlocker(api: ConsentryApi): void {
  const { services, nonce } = api.config;
  const hosts: Record<string, string[]> = {};
  for (const id in services) hosts[id] = hostsOf(services[id]);
  const placeholders = createPlaceholders(api);
  /** Images blocked while detached (`new Image().src = ...`): the gate only sees connected ones. */
  const detached = new Set<HTMLImageElement>();

  /** The service that `url` must not reach now, or null. */
  const mustBlock = (el: Element, url: string | null): string | null => {
    const id = url && serviceFor(url, hosts);
    return id && !api.allowed(id) && !loadedOnce.has(el) ? id : null;
  };

  /**
   * A `src` write: true when it must not happen (iframes, images); a script is neutered and keeps its src.
   * `trusted`: page script set the `src` (the patched setters), so under `'strict-dynamic'` the script would have
   * run; it gets the page's nonce, which the gate asks of every script it releases. Scripts from markup (HTML,
   * `innerHTML`, which never run natively) never get it.
   */
  const write = (el: Partner, url: string, trusted?: boolean): boolean => {
    const id = mustBlock(el, url);
    if (!id) {
      // An iframe the gate releases comes out from behind its placeholder.
      if (el.tagName == 'IFRAME') placeholders.reveal(el as HTMLIFrameElement);
      return false;
    }
    neuter(el, id, services[id].category, url);
    if (trusted && nonce && el.tagName == 'SCRIPT') (el as HTMLScriptElement).nonce = nonce;
    if (el.tagName == 'IMG' && !el.isConnected) detached.add(el as HTMLImageElement);
    return el.tagName != 'SCRIPT';
  };

  /** A script about to be inserted or just parsed: inert if its host is not allowed; natively runnable if it now is. */
  const guardScript = (s: Element): void => {
    const url = s.getAttribute('src');
    if (mustBlock(s, url)) {
      if (s.getAttribute('type') != 'text/plain') write(s as Partner, url!);
    } else if (blocked.has(s) && !s.isConnected && api.allowed(s.getAttribute('data-service')!)) {
      restoreScript(s as HTMLScriptElement);
    }
  };

  const guard = (node: unknown): void => {
    if (node instanceof HTMLScriptElement) guardScript(node);
    else if ((node as Element | null)?.firstElementChild) (node as Element).querySelectorAll('script[src]').forEach(guardScript);
  };

  /** Elements that arrived without the patched paths (the HTML parser, innerHTML). */
  const check = (el: Element): void => {
    if (el.tagName == 'SCRIPT') return guardScript(el);
    const url = el.getAttribute('src');
    if (url != null) {
      // Too late to stop a request the parser already made, but not too late to stop the content.
      if (!write(el as Partner, url)) return;
    }
    if (el.tagName == 'IFRAME' && el.hasAttribute('data-consent')) placeholders.place(el as HTMLIFrameElement);
  };

  const scan = (node: Node): void => {
    if (node.nodeType != 1) return;
    const el = node as Element;
    if (TAGS.test(el.tagName)) check(el);
    if (el.firstElementChild) el.querySelectorAll(WATCHED).forEach(check);
  };

  intercept((el, url) => write(el, url, true), guard);
  // What the parser passed before this script: scripts there already ran or are on their way (neutering them
  // now would only run them twice); iframes and images can still be kept from showing.
  document.querySelectorAll(WATCHED.replace('script[src],', '')).forEach(check);
  new MutationObserver((list) => {
    for (const m of list) {
      m.addedNodes.forEach(scan);
      m.removedNodes.forEach(placeholders.drop);
    }
  }).observe(document, { childList: true, subtree: true });

  api.on('change', () => {
    for (const img of Array.from(detached)) {
      if (img.isConnected || !img.hasAttribute('data-src')) detached.delete(img);
      else if (api.allowed(img.getAttribute('data-service')!)) {
        detached.delete(img);
        setAttr.call(img, 'src', img.getAttribute('data-src')!);
      }
    }
  });
}
