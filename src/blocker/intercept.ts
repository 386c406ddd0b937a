import { blocked, setAttr, type Partner } from './neuter';

type Guard = (node: unknown) => void;
type Method = (this: Node, ...args: unknown[]) => unknown;

const TAGS = /^(SCRIPT|IFRAME|IMG)$/;

/**
 * Patches what makes a script, iframe or image fetch: the `src` setters, `setAttribute('src')`, and the
 * insertion methods (a script is fetched when it is inserted). `write(el, url)` neuters the element when
 * its host must not be reached yet and returns true when the native write must be skipped (iframes and
 * images get `data-src` instead); `guard(node)` checks a node about to be inserted.
 */
export function intercept(write: (el: Partner, url: string) => boolean, guard: Guard): void {
  for (const C of [HTMLScriptElement, HTMLIFrameElement, HTMLImageElement]) {
    const d = Object.getOwnPropertyDescriptor(C.prototype, 'src')!;
    Object.defineProperty(C.prototype, 'src', {
      ...d,
      set(this: Partner, v: unknown) {
        if (!write(this, String(v))) d.set!.call(this, v);
      },
    });
  }
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (!(name?.length == 3 && name.toLowerCase() == 'src' && TAGS.test(this.tagName) && write(this as Partner, String(value)))) {
      setAttr.call(this, name, value);
    }
  };

  const wrap = (proto: object, names: string, single?: boolean) => {
    for (const name of names.split(' ')) {
      const p = proto as Record<string, Method>;
      const f = p[name];
      p[name] =
        single
          ? // appendChild, insertBefore, replaceChild: no rest arguments on the hot path.
            function (a, b) {
              guard(a);
              return f.call(this, a, b);
            }
          : function (...args) {
              args.forEach(guard);
              // The gate releases an inert script by replacing it with a fresh copy and waits for that copy to load.
              if (name == 'replaceWith') {
                for (const n of args) {
                  if (!(n instanceof HTMLScriptElement)) continue;
                  if (blocked.has(n)) {
                    // The copy's host belongs to a service that is still not allowed: it stays inert, and an
                    // error event lets the gate go on with the tags after it.
                    setTimeout(() => n.dispatchEvent(new Event('error')));
                  } else if (blocked.has(this as Element)) {
                    // Hand the copy's load and error events on to the original, where a loader may have set onload.
                    for (const t of ['load', 'error']) n.addEventListener(t, () => this.dispatchEvent(new Event(t)));
                  }
                }
              }
              return f.apply(this, args);
            };
    }
  };
  wrap(Node.prototype, 'appendChild insertBefore replaceChild', true);
  wrap(Element.prototype, 'append prepend before after replaceWith insertAdjacentElement');
}
