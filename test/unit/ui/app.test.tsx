import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../../src/ui/app';
import { createStore } from '../../../src/ui/store';
import { en } from '../../../src/locales/en';
import { baseConfig, fakeApi } from './fake-api';
import { click, mountInto } from './render';

describe('App', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the view asked for, in the language, direction and theme of the config', () => {
    const store = createStore(fakeApi(baseConfig({ theme: 'dark' })), { ...en, dir: 'rtl' }, 'ar');
    const box = mountInto(() => <App store={store} />);
    const root = box.querySelector('.c')!;
    expect([root.getAttribute('dir'), root.getAttribute('lang'), root.className]).toEqual(['rtl', 'ar', 'c dark']);
    expect(root.children.length).toBe(0);
    act(() => store.show('banner'));
    expect(box.querySelector('.banner')).not.toBe(null);
    act(() => store.show('preferences'));
    expect(box.querySelector('.banner')).toBe(null);
    expect(box.querySelector('[role=dialog]')).not.toBe(null);
  });

  /** The UI as it runs: rendered once into a shadow root, following the signals from then on. */
  const started = (store: ReturnType<typeof createStore>) => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    act(() => render(<App store={store} />, root));
    return root;
  };
  const show = (store: ReturnType<typeof createStore>, view: Parameters<typeof store.show>[0]) => act(() => store.show(view));
  const deepActive = () => document.activeElement?.shadowRoot?.activeElement || document.activeElement;

  it('moves focus into the banner, into the preferences, back to Customize, then back to where it was', () => {
    const store = createStore(fakeApi(), en, 'en');
    const box = started(store);
    show(store, 'banner');
    expect(deepActive()).toBe(box.querySelector('.banner'));
    click(box.querySelector('[data-action=customize]'));
    expect(deepActive()).toBe(box.querySelector('.prefs'));
    show(store, 'banner');
    expect(deepActive()).toBe(box.querySelector('[data-action=customize]'));
    click(box.querySelector('[data-action=acceptAll]'));
    expect(box.querySelector('.banner')).toBe(null);
  });

  it('returns focus to the control that opened the preferences', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const store = createStore(fakeApi(undefined, { given: true }), en, 'en');
    const box = started(store);
    show(store, 'preferences');
    expect(deepActive()).toBe(box.querySelector('.prefs'));
    click(box.querySelector('[aria-label=Close]'));
    expect(document.activeElement).toBe(opener);
  });

  it('does not pull focus into the banner away from a focused field', () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const store = createStore(fakeApi(), en, 'en');
    started(store);
    show(store, 'banner');
    expect(document.activeElement).toBe(field);
  });

  it('closes the banner when a decision arrives from elsewhere (the site calling the API)', () => {
    const api = fakeApi();
    const store = createStore(api, en, 'en');
    const box = started(store);
    show(store, 'banner');
    expect(box.querySelector('.banner')).not.toBe(null);
    act(() => void api.acceptAll());
    expect(box.querySelector('.banner')).toBe(null);
  });

  it('moves focus into a banner the visitor asked for: under us (the Do Not Sell link), or with a choice on record', () => {
    for (const [cfg, snap] of [
      [baseConfig({}, { rule: 'us', mode: 'opt-out' }), {}],
      [baseConfig(), { given: true }],
    ] as const) {
      const link = document.createElement('button');
      document.body.append(link);
      link.focus();
      const store = createStore(fakeApi(cfg, snap), en, 'en');
      const box = started(store);
      show(store, 'banner');
      expect(deepActive()).toBe(box.querySelector('.banner'));
      click(box.querySelector('[data-action=customize]'));
      show(store, null);
      expect(document.activeElement).toBe(link);
    }
  });
});
