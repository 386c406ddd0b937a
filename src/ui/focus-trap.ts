/** What the UI renders that Tab reaches: links with an href and buttons (none is ever disabled). */
const FOCUSABLE = 'a[href],button';

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
