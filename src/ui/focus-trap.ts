const FOCUSABLE = 'a[href],button:not([disabled]),summary,[tabindex="0"]';

/** Keeps Tab and Shift+Tab cycling inside `box` (a modal dialog). Call from its keydown handler. */
export function trapTab(e: KeyboardEvent, box: HTMLElement): void {
  if (e.key != 'Tab') return;
  const items = box.querySelectorAll<HTMLElement>(FOCUSABLE);
  const first = items[0];
  const last = items[items.length - 1];
  const active = (box.getRootNode() as ShadowRoot | Document).activeElement;
  if (e.shiftKey ? active == first || active == box : active == last) {
    e.preventDefault();
    (e.shiftKey ? last : first)?.focus();
  }
}
