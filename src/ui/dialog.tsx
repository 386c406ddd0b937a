/** @jsxRuntime classic */
/** @jsx h */
import { h, type ComponentChildren } from 'preact';
import type { Store } from './store';
import { trapTab } from './focus-trap';

/**
 * A modal dialog over the page (the preferences, the separate consents, the notice for children): titled by
 * `title`, described by `text`, its content scrolling between them and `foot` (the buttons). Tab stays inside;
 * Escape and the close control call `leave`.
 */
export function Dialog(props: { store: Store; name: string; title: string; text: ComponentChildren; leave: () => void; foot: ComponentChildren; children?: ComponentChildren }) {
  const { leave } = props;
  return (
    <div class="shade">
      <div
        class={'prefs ' + props.name}
        role="dialog"
        aria-modal="true"
        aria-labelledby="pt"
        aria-describedby="pd"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key == 'Escape') {
            e.stopPropagation();
            leave();
          } else trapTab(e, e.currentTarget);
        }}
      >
        <div class="head">
          <h2 id="pt">{props.title}</h2>
          <button type="button" class="x" aria-label={props.store.texts.close} onClick={leave}>
            ×
          </button>
        </div>
        <div class="body">
          <p id="pd">{props.text}</p>
          {props.children}
        </div>
        {props.foot}
      </div>
    </div>
  );
}
