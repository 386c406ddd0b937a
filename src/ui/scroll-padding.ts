import { useLayoutEffect } from 'preact/hooks';
import type { Layout } from '../shared/types';

/**
 * WCAG 2.4.11: a bar must not hide the page element a keyboard user focuses behind it. While `bar` is on
 * screen, scroll padding as tall as it makes the browser scroll focused elements clear of it; the page's
 * own comes back when it goes. Measured after every render, as the bar's height follows its texts.
 */
export function useScrollPadding(bar: { current: HTMLElement | null }, layout: Layout): void {
  useLayoutEffect(() => {
    const side = layout == 'bar' ? 'scrollPaddingBottom' : layout == 'bar-top' ? 'scrollPaddingTop' : '';
    if (!side) return;
    const page = document.documentElement.style;
    const own = page[side];
    page[side] = bar.current!.offsetHeight + 'px';
    return () => {
      page[side] = own;
    };
  });
}
