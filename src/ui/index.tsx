// consentry-ui.js: loaded by the gate when a view is needed; talks to it only through window.consentry.
import { render } from 'preact';
import { error } from '../core/log';
import { pickLanguage } from './language';
import { createStore } from './store';
import { mount } from './mount';
import { App } from './app';

const api = window.consentry;
if (!api) error('consentry-ui.js needs the gate: load consentry.js before it, or let the gate load it');
else {
  const { tag, texts } = pickLanguage(api.config.ui);
  const store = createStore(api, texts, tag);
  let mounted = false;
  const start = () => render(<App store={store} />, mount(api.config.nonce));
  api.on('show', (view) => {
    store.show(view);
    if (mounted) return;
    mounted = true;
    if (document.body) start();
    else document.addEventListener('DOMContentLoaded', start);
  });
}
