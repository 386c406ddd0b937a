import { error } from '../shared/log';
import { safeUrl } from '../shared/safe-url';

/** Inert partner tags as site owners write them. */
export const INERT = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src],img[data-consent][data-src]';

/** Refuses, with a console error, what `safeUrl` does not allow. */
function releasable(url: string, el: Element): boolean {
  const ok = safeUrl(url);
  if (!ok) error(`refused to release '${url}': only http(s) URLs load`, el);
  return ok;
}

/**
 * While the page is loading, an inline script with nothing after it in the document may be cut off where
 * the network or the parser paused: its text is complete only once something follows it.
 */
function stillParsing(el: Element): boolean {
  if (document.readyState != 'loading' || el.tagName != 'SCRIPT' || el.hasAttribute('src')) return false;
  for (let n: Node | null = el; n; n = n.parentNode) if (n.nextSibling) return false;
  return true;
}

/**
 * Releases inert tags once their category or service is allowed: in document order, each external
 * script loaded before the next one runs, every attribute (and the nonce) carried over.
 * `allowedFor(el)` says whether the element's category or service is allowed now.
 */
export function createTagRelease(allowedFor: (el: Element) => boolean) {
  const seen = new WeakSet<Element>();
  const queue: Element[] = [];
  let busy = false;

  const next = (): void => {
    busy = false;
    while (queue.length) {
      const el = queue.shift()!;
      if (el.tagName == 'SCRIPT') {
        const script = document.createElement('script');
        for (const { name, value } of Array.from(el.attributes)) {
          if (name != 'type') script.setAttribute(name, value);
        }
        const type = el.getAttribute('data-type');
        if (type) script.type = type;
        script.nonce = (el as HTMLScriptElement).nonce;
        const src = el.getAttribute('src');
        if (src) {
          if (!releasable(src, el)) continue;
          script.async = false;
          busy = true;
          script.onload = script.onerror = next;
        } else {
          script.text = el.textContent || '';
        }
        el.replaceWith(script);
        if (busy) return;
      } else {
        const src = el.getAttribute('data-src')!;
        if (!releasable(src, el)) continue;
        const srcset = el.getAttribute('data-srcset');
        if (srcset) el.setAttribute('srcset', srcset);
        el.setAttribute('src', src);
      }
    }
  };

  /** Inline scripts the parser may still be filling: checked again on the next scan. */
  let waiting: Element[] = [];

  /** Queues every allowed, not yet released tag in `nodes` (document order) and runs the queue. */
  const scan = (nodes: ArrayLike<Node> = [document]): void => {
    const found = waiting;
    waiting = [];
    for (const node of Array.from(nodes)) {
      if (node.nodeType != 1 && node.nodeType != 9) continue;
      const el = node as Element;
      if (el.matches?.(INERT)) found.push(el);
      if ((node as ParentNode).firstElementChild) found.push(...Array.from((node as ParentNode).querySelectorAll(INERT)));
    }
    for (const tag of found) {
      if (seen.has(tag)) continue;
      if (stillParsing(tag)) waiting.push(tag);
      else if (allowedFor(tag)) {
        seen.add(tag);
        queue.push(tag);
      }
    }
    if (!busy) next();
  };

  return scan;
}
