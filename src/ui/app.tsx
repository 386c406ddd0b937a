/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useRef } from 'preact/hooks';
import type { Store } from './store';
import { Banner } from './banner';
import { Preferences } from './preferences';
import { Separate } from './separate';
import { Minor } from './minor';
import { useFocus } from './focus';

/** The view on screen, in the UI's language, direction and theme; focus follows it. */
export function App({ store }: { store: Store }) {
  const view = store.view.value;
  const box = useRef<HTMLDivElement>(null);
  // Under `us` the banner only ever comes when asked for; elsewhere, when a choice is already on record.
  useFocus(view, box, store.cfg.rule == 'us' || store.snap.value.given);
  return (
    <div ref={box} class={'c ' + (store.cfg.ui.theme || 'auto')} dir={store.texts.dir || 'ltr'} lang={store.tag}>
      {view == 'banner' && <Banner store={store} />}
      {view == 'preferences' && <Preferences store={store} />}
      {view == 'separate' && <Separate store={store} />}
      {view == 'minor' && <Minor store={store} />}
    </div>
  );
}
