import { render } from 'preact';
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
  return effect(() => {
    render(<App store={store} />, root);
    focus(store.view.value);
  });
}
