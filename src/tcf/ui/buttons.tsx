/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { TcfStore } from './store';
import type { TcfTexts } from './texts';

type Action = 'accept' | 'reject' | 'save' | 'customize';
const LABEL: Record<Action, keyof TcfTexts> = { accept: 'acceptAll', reject: 'rejectAll', save: 'save', customize: 'manage' };

/** A row of buttons with equal weight, whatever they do; "customize" opens the preferences. */
export function Buttons({ store, actions }: { store: TcfStore; actions: Action[] }) {
  return (
    <div class="btns">
      {actions.map((a) => (
        <button type="button" class="btn" data-action={a} onClick={() => (a == 'customize' ? store.show('preferences') : store.decide(a))}>
          {store.t[LABEL[a]]}
        </button>
      ))}
    </div>
  );
}
