/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';

/** What a button does, named by its text's key. */
type Action = Parameters<Store['decide']>[0] | 'customize';

/**
 * A row of buttons with equal weight: same size, same style, whatever they do; above them, as an alert,
 * that the last decision could not be recorded. A render function, not a component: the view that calls it
 * reads the signals and re-renders with it.
 */
export function buttons(store: Store, actions: Action[]) {
  return [
    store.failed.value && (
      <p class="note" role="alert">
        {store.texts.saveFailed}
      </p>
    ),
    <div class="btns">
      {actions.map((a) => (
        <button type="button" class="btn" data-action={a} onClick={() => (a == 'customize' ? store.show('preferences') : store.decide(a))}>
          {store.texts[a]}
        </button>
      ))}
    </div>,
  ];
}
