/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { TcfStore } from './store';
import { Banner } from './banner';
import { Preferences } from './preferences';

/** The view on screen, in the UI's language and theme. */
export function App({ store }: { store: TcfStore }) {
  const view = store.view.value;
  return (
    <div class={'c ' + (store.cfg.ui.theme || 'auto')} lang={store.tag}>
      {view == 'banner' && <Banner store={store} />}
      {view == 'preferences' && <Preferences store={store} />}
    </div>
  );
}
