import { LOAD_TIMEOUT, type TagProblem } from '../shared/engine-contract';
import { safeUrl } from '../shared/safe-url';

/** Inert partner tags as site owners write them. */
export const INERT = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src],img[data-consent][data-src]';

/** Script types the browser runs, so that a released copy fires `load` or `error` ('' is JavaScript). */
const RUNS = /^(module|(text|application)\/(x-)?javascript)?$/i;


/**
 * While the page is loading, an inline script with nothing after it in the document may be cut off where
 * the network or the parser paused: its text is complete only once something follows it.
 */
function stillParsing(el: Element): boolean {
  if (document.readyState != 'loading' || el.tagName != 'SCRIPT' || el.hasAttribute('src')) return false;
  for (let n: Node | null = el; n; n = n.parentNode) if (n.nextSibling) return false;
  return true;
}

/** Adds the inert tags in `node` (an element and its subtree) to `found`. */
function collect(node: Node, found: Element[]): void {
  const el = node as Element;
  if (node.nodeType == 1) {
    // Most added nodes are none of the three tags and have no children: two property reads each.
    if (/^(SCRIPT|IFRAME|IMG)$/.test(el.tagName) && el.matches(INERT)) found.push(el);
    if (el.firstElementChild) found.push(...el.querySelectorAll(INERT));
  }
}

/**
 * Releases inert tags once their category or service is allowed: in document order, each external
 * script loaded before the next one runs, every attribute (and the nonce) carried over, the site's own
 * `onload` kept. A tag that left the page before its turn is dropped; the wait for an external script only
 * happens where the browser fires `load` or `error`, and never lasts longer than `LOAD_TIMEOUT`.
 * `permitted(el)` says whether the element may run now (null: never); `explain` hears of the tags that do
 * not run. Returns the scan: of the document, or of the nodes that mutation records added.
 */
export function createTagRelease(permitted: (el: Element) => boolean | null, explain: (problem: TagProblem, el: Element) => void) {
  /** Refuses what `safeUrl` does not allow. */
  const releasable = (url: string, el: Element): boolean => safeUrl(url) || (explain('url', el), false);
  const seen = new WeakSet<Element>();
  const queue: Element[] = [];
  let busy: HTMLScriptElement | null = null;

  const next = (): void => {
    while (!busy && queue.length) {
      const el = queue.shift()!;
      if (!el.isConnected) continue;
      if (el.tagName == 'SCRIPT') {
        const script = document.createElement('script');
        for (const { name, value } of el.attributes) {
          if (name != 'type') script.setAttribute(name, value);
        }
        const type = el.getAttribute('data-type') || '';
        if (type) script.type = type;
        script.nonce = (el as HTMLScriptElement).nonce;
        const src = el.getAttribute('src');
        if (src) {
          if (!releasable(src, el)) continue;
          script.async = false;
          if (RUNS.test(type.trim()) && !script.noModule) {
            const copy = (busy = script);
            const done = (slow?: boolean) => {
              if (busy == copy) {
                if (slow) explain('slow', el);
                busy = null;
                next();
              }
            };
            setTimeout(done, LOAD_TIMEOUT, true);
            script.addEventListener('load', () => done());
            script.addEventListener('error', () => done());
          }
        } else {
          script.text = el.textContent || '';
        }
        el.replaceWith(script);
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

  /** Queues every permitted, not yet released tag (document order) and runs the queue. */
  return (records?: MutationRecord[]): void => {
    const found = waiting;
    waiting = [];
    if (records) for (const m of records) for (let i = 0, added = m.addedNodes; i < added.length; i++) collect(added[i], found);
    else collect(document.documentElement, found);
    for (const tag of found) {
      if (seen.has(tag)) continue;
      if (stillParsing(tag)) waiting.push(tag);
      else {
        const may = permitted(tag);
        if (may !== false) seen.add(tag);
        if (may) queue.push(tag);
      }
    }
    next();
  };
}
