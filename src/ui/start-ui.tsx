/** @jsxRuntime classic */
/** @jsx h */
import { h, render } from 'preact';
import { effect } from '@preact/signals-core';
import type { Store } from './store';
import { App } from './app';
import { createFocus } from './focus';

/**
 * Renders the UI into `root` and again whenever a signal it read changes (the view, the snapshot, the
 * switches being edited); focus follows the view.
 */
export function startUi(store: Store, root: ShadowRoot): () => void {
  const focus = createFocus(root);
  const page = document.documentElement.style;
  const own = [page.scrollPaddingTop, page.scrollPaddingBottom];
  return effect(() => {
    render(<App store={store} />, root);
    focus(store.view.value);
    // WCAG 2.4.11: a bar must not hide the page element a keyboard user focuses behind it. Scroll padding
    // as tall as the bar makes the browser scroll focused elements clear of it; the page's own comes back after.
    const bar = root.querySelector<HTMLElement>('.bar,.bar-top');
    const top = store.cfg.ui.layout == 'bar-top';
    page.scrollPaddingTop = bar && top ? bar.offsetHeight + 'px' : own[0];
    page.scrollPaddingBottom = bar && !top ? bar.offsetHeight + 'px' : own[1];
  });
}
