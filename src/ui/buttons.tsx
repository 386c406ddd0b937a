/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Decision, Store } from './store';
import { withAge } from './with-age';

/** What a button does, named by its text's key (`minor`: "I am under {age}"). */
type Action = Decision | 'customize' | 'separateLater';

/**
 * A row of buttons with equal weight: same size, same style, whatever they do; above them, as an alert,
 * that the last decision could not be recorded. A render function, not a component: the view that calls it
 * reads the signals and re-renders with it.
 */
export function buttons(store: Store, actions: Action[]) {
  const t = store.texts;
  return [
    store.failed.value && (
      <p class="note" role="alert">
        {t.saveFailed}
      </p>
    ),
    <div class="btns">
      {actions.map((a) => (
        <button
          type="button"
          class="btn"
          data-action={a}
          onClick={() => (a == 'customize' ? store.show('preferences') : a == 'separateLater' ? store.show(null) : store.decide(a))}
        >
          {a == 'minor' ? withAge(store, t.minorButton) : t[a]}
        </button>
      ))}
    </div>,
  ];
}
