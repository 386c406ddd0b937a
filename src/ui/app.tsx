/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { Banner } from './banner';
import { Preferences } from './preferences';

/** The view on screen, in the UI's language, direction and theme. */
export function App({ store }: { store: Store }) {
  const view = store.view.value;
  return (
    <div class={'c ' + (store.cfg.ui.theme || 'auto')} dir={store.texts.dir || 'ltr'} lang={store.tag}>
      {view == 'banner' && <Banner store={store} />}
      {view == 'preferences' && <Preferences store={store} />}
    </div>
  );
}
