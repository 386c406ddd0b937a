/** @jsxRuntime classic */
/** @jsx h */
// consentry-ui.js: loaded by the gate when a view is needed; talks to it only through window.consentry.
import { h, render } from 'preact';
import { error } from '../shared/log';
import { BUILT_IN, textsFor, uiLanguage } from './language';
import { loadLocale } from './locale-loader';
import { locales } from './locale-registry';
import { createStore } from './store';
import { mount } from './mount';
import { App } from './app';

const api = window.consentry;
const here = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
if (!api) error('consentry-ui.js needs the gate: let consentry.js load it');
else {
  const { ui, nonce } = api.config;
  const tag = uiLanguage(ui);
  (tag != 'en' && BUILT_IN.includes(tag) ? loadLocale(tag, here, nonce) : Promise.resolve()).then(() => {
    const store = createStore(api, textsFor(tag, ui, locales()[tag]), tag);
    // Renders once, on the first view, when <body> exists; from then on the components follow the signals.
    let start: (() => void) | null = () => render(<App store={store} />, mount(nonce));
    // The gate hands over the view it loaded the UI for as soon as this subscribes.
    api.on('show', (view) => {
      store.show(view);
      if (start) document.body ? start() : document.addEventListener('DOMContentLoaded', start);
      start = null;
    });
  });
}
