/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';

type Action = Parameters<Store['decide']>[0] | 'customize';

/** A row of buttons with equal weight: same size, same style, whatever they do. */
export function Buttons({ store, actions }: { store: Store; actions: Action[] }) {
  const t = store.texts;
  const label: Record<Action, string> = {
    accept: t.acceptAll,
    reject: t.rejectAll,
    save: t.save,
    customize: t.customize,
    'do-not-sell': t.doNotSell,
    dismiss: t.dismiss,
  };
  return (
    <div class="btns">
      {actions.map((a) => (
        <button
          key={a}
          type="button"
          class="btn"
          data-action={a}
          onClick={() => (a == 'customize' ? store.show('preferences') : store.decide(a))}
        >
          {label[a]}
        </button>
      ))}
    </div>
  );
}
