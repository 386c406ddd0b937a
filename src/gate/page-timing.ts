/** Runs `fn` once the document has parsed (or right after the current script, when it already has). */
export function whenParsed(fn: () => void): void {
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', fn);
  else Promise.resolve().then(fn);
}

/**
 * Runs `fn` after the page's load event, in a task of its own: for what the first paint does not need (the
 * settings button, the cross-tab channel).
 */
export function afterLoad(fn: () => void): void {
  if (document.readyState == 'complete') setTimeout(fn);
  else addEventListener('load', () => setTimeout(fn));
}
