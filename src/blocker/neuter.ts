/** Native DOM methods, kept before any patch so that Consentry's own writes pass untouched. */
export const setAttr = Element.prototype.setAttribute;
export const removeAttr = Element.prototype.removeAttribute;

export type Partner = HTMLScriptElement | HTMLIFrameElement | HTMLImageElement;

/** Elements turned inert by the blocker (so that it can undo that when the service is allowed first). */
export const blocked = new WeakSet<Element>();

const marks = ['data-consent', 'data-service'];

/**
 * Turns a partner element into the gate's inert markup: a script keeps its `src` but becomes
 * `type="text/plain"` (its own type moves to `data-type`); an iframe or image gets `data-src` instead of `src`.
 */
export function neuter(el: Partner, service: string, category: string, url: string): void {
  setAttr.call(el, marks[0], category);
  setAttr.call(el, marks[1], service);
  if (el.tagName == 'SCRIPT') {
    const type = el.getAttribute('type');
    if (type != 'text/plain') {
      if (type) setAttr.call(el, 'data-type', type);
      setAttr.call(el, 'type', 'text/plain');
    }
  } else {
    setAttr.call(el, 'data-src', url);
    removeAttr.call(el, 'src');
  }
  blocked.add(el);
}

/** Undoes `neuter` on a script that was never inserted, so that it runs natively once inserted. */
export function restoreScript(el: HTMLScriptElement): void {
  const type = el.getAttribute('data-type');
  if (type) setAttr.call(el, 'type', type);
  else removeAttr.call(el, 'type');
  for (const name of [...marks, 'data-type']) removeAttr.call(el, name);
  blocked.delete(el);
}
