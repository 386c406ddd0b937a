import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { Preferences } from '../../../src/ui/preferences';
import { App } from '../../../src/ui/app';
import { createStore } from '../../../src/ui/store';
import { en } from '../../../src/locales/en';
import { baseConfig, fakeApi } from './fake-api';
import { byText, click, mountInto, texts } from './render';

const setup = (...args: Parameters<typeof fakeApi>) => {
  const api = fakeApi(...args);
  const store = createStore(api, en, 'en');
  store.show('preferences');
  return { api, store, box: mountInto(() => <Preferences store={store} />) };
};
const checked = (box: Element) => [...box.querySelectorAll('[role=switch]')].map((s) => s.getAttribute('aria-checked'));

describe('Preferences', () => {
  it('is a labelled modal dialog with one row per category and save, accept all, reject all', () => {
    const { box } = setup();
    const dialog = box.querySelector('[role=dialog]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(box.querySelector('#' + dialog.getAttribute('aria-labelledby'))!.textContent).toBe('Privacy preferences');
    expect(texts(box, 'h3')).toEqual(['Necessary', 'Analytics', 'Advertising']);
    expect(texts(box, '.btns button')).toEqual(['Save choices', 'Accept all', 'Reject all']);
    // Necessary is always on, not a switch; nothing else is ticked.
    expect(box.querySelector('.on')!.textContent).toBe('Always on');
    expect(checked(box)).toEqual(['false', 'false', 'false', 'false']);
  });

  it('saves the switched choices through set() with the custom method', () => {
    const { api, store, box } = setup();
    click(box.querySelector('[aria-labelledby=c1]'));
    expect(checked(box)).toEqual(['true', 'true', 'false', 'false']);
    click(byText(box, 'button', 'Save choices'));
    expect(api.calls).toEqual(['set {"necessary":true,"analytics":true,"advertising":false,"stats":true,"pixel":false} custom']);
    expect(store.view.value).toBe(null);
  });

  it('starts from the current choice when one is given', () => {
    const { box } = setup(undefined, { given: true, categories: { necessary: true, analytics: true, advertising: false }, services: { stats: false, pixel: false } });
    expect(checked(box)).toEqual(['true', 'false', 'false', 'false']);
  });

  it("starts from an older revision's choice, which is a starting point and not consent", () => {
    const { box } = setup(undefined, { previous: { categories: { necessary: true, analytics: true, advertising: false }, services: { stats: true, pixel: false } } });
    expect(checked(box)).toEqual(['true', 'true', 'false', 'false']);
  });

  it('Escape and the close control leave without deciding: back to the banner while no choice is given', () => {
    const { api, store, box } = setup();
    act(() => {
      box.querySelector('[role=dialog]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(store.view.value).toBe('banner');
    const given = setup(undefined, { given: true });
    click(given.box.querySelector('[aria-label=Close]'));
    expect(given.store.view.value).toBe(null);
    expect([...api.calls, ...given.api.calls]).toEqual([]);
  });

  it('says Global Privacy Control was honoured', () => {
    expect(setup(undefined, { gpc: true }).box.querySelector('.note')!.textContent).toBe(en.gpcHonoured);
  });

  it('comes back as it was, switches included, with an alert when saving fails', async () => {
    const api = fakeApi();
    const store = createStore(api, en, 'en');
    const app = mountInto(() => <App store={store} />);
    act(() => store.show('preferences'));
    api.failing = true;
    click(app.querySelector('[aria-labelledby=c1]'));
    await act(async () => click(byText(app, 'button', 'Save choices')));
    expect(store.view.value).toBe('preferences');
    expect(checked(app)).toEqual(['true', 'true', 'false', 'false']);
    expect(app.querySelector('.prefs [role=alert]')!.textContent).toBe(en.saveFailed);
    expect(api.calls).toEqual(['set {"necessary":true,"analytics":true,"advertising":false,"stats":true,"pixel":false} custom']);
  });

  it('links the policy only when policy.url is an http(s) or relative URL', () => {
    const { box } = setup(baseConfig({}, { policy: { url: 'data:text/html,x', revision: '1' } }));
    expect(box.querySelector('#pd a')).toBe(null);
    expect(box.querySelector('#pd')!.textContent).toContain(en.policyLink);
    expect(setup().box.querySelector('#pd a')!.getAttribute('href')).toBe('/privacy');
  });
});
