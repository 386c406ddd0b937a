/** @jsxRuntime classic */
/** @jsx h */
// consentry-tcf-ui.js: loaded by consentry-tcf.js when a choice is needed; talks to the gate through
// window.consentry and to the CMP through window.consentryTcf.
import { h, render } from 'preact';
import { effect } from '@preact/signals-core';
import { error } from '../../shared/log';
import { pickLanguage } from '../../shared/language';
import { createFocus } from './focus';
import { TCF_TEXTS } from './texts';
import { createTcfStore } from './store';
import { mountTcf } from './mount';
import { App } from './app';

const api = window.consentry;
if (!api || !window.consentryTcf) error('consentry-tcf-ui.js needs consentry-tcf.js: load that tag instead of consentry.js');
else {
  const tag = pickLanguage(api.config.ui.language, Object.keys(TCF_TEXTS));
  window.consentryTcf.then(async (cmp) => {
    const data = await cmp.view(tag);
    const store = createTcfStore(api, cmp, data, TCF_TEXTS[tag], tag, cmp.asksAgain());
    let started = false;
    const start = () => {
      const root = mountTcf(api.config.nonce);
      const focus = createFocus(root);
      effect(() => {
        render(<App store={store} />, root);
        const dialog = root.querySelector('dialog');
        if (dialog && !dialog.open) dialog.showModal();
        focus(store.view.value);
      });
    };
    api.on('show', (view) => {
      store.show(view);
      if (!started) document.body ? start() : document.addEventListener('DOMContentLoaded', start);
      started = true;
    });
  });
}

