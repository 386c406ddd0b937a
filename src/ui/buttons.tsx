/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import type { Texts } from '../shared/types';

type Action = Parameters<Store['decide']>[0] | 'customize';

/** The text of each action's button. */
const LABEL: Record<Action, keyof Texts> = {
  accept: 'acceptAll',
  reject: 'rejectAll',
  save: 'save',
  customize: 'customize',
  'do-not-sell': 'doNotSell',
  dismiss: 'dismiss',
};

/** A row of buttons with equal weight: same size, same style, whatever they do. */
export function Buttons({ store, actions }: { store: Store; actions: Action[] }) {
  return (
    <div class="btns">
      {actions.map((a) => (
        <button type="button" class="btn" data-action={a} onClick={() => (a == 'customize' ? store.show('preferences') : store.decide(a))}>
          {store.texts[LABEL[a]] as string}
        </button>
      ))}
    </div>
  );
}
