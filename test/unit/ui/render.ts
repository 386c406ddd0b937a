import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders once into a fresh container in the document; components re-render themselves when a signal they read changes. */
export function mountInto(make: () => ComponentChild): HTMLElement {
  const box = document.createElement('div');
  document.body.append(box);
  act(() => render(make(), box));
  return box;
}

/** Clicks and lets Preact re-render. */
export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

export const texts = (box: Element, sel: string) => [...box.querySelectorAll(sel)].map((e) => e.textContent);
export const byText = (box: Element, sel: string, text: string) => [...box.querySelectorAll(sel)].find((e) => e.textContent == text) as HTMLElement | undefined;
