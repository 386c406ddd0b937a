import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh container in the document; returns it. */
export function mountInto(node: ComponentChild): HTMLElement {
  const box = document.createElement('div');
  document.body.append(box);
  act(() => render(node, box));
  return box;
}

/** Clicks and lets Preact re-render. */
export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

export const texts = (box: Element, sel: string) => [...box.querySelectorAll(sel)].map((e) => e.textContent);
export const byText = (box: Element, sel: string, text: string) => [...box.querySelectorAll(sel)].find((e) => e.textContent == text) as HTMLElement | undefined;
