import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { App } from '../../../src/ui/app';
import { Banner } from '../../../src/ui/banner';
import { createStore } from '../../../src/ui/store';
import { en } from '../../../src/locales/en';
import { baseConfig, fakeApi } from './fake-api';
import { byText, click, mountInto, texts } from './render';

const setup = (...args: Parameters<typeof fakeApi>) => {
  const api = fakeApi(...args);
  const store = createStore(api, en, 'en');
  store.show('banner');
  return { api, store, box: mountInto(() => <Banner store={store} />) };
};

describe('Banner', () => {
  it('is a labelled region with the statement, the dated policy link and three equal choices', () => {
    const { box } = setup();
    const region = box.querySelector('section')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(box.querySelector('#' + region.getAttribute('aria-labelledby'))!.textContent).toBe('Your privacy choices');
    expect(box.textContent).toContain('We use cookies');
    const link = box.querySelector('a')!;
    expect([link.textContent, link.getAttribute('href')]).toEqual(['Privacy Policy, updated 25 September 2020', '/privacy']);
    expect(texts(box, 'button')).toEqual(['Accept all', 'Reject all', 'Customize']);
    expect(box.querySelector('input,[role=switch]')).toBe(null);
    expect(box.querySelector('.note')).toBe(null);
  });

  it('accepts all through the API with the accept-all method and closes', () => {
    const { api, store, box } = setup();
    click(byText(box, 'button', 'Accept all'));
    expect(api.calls).toEqual(['acceptAll accept-all']);
    expect(store.view.value).toBe(null);
  });

  it('offers a close control only when configured; closing rejects', () => {
    expect(setup().box.querySelector('[aria-label=Close]')).toBe(null);
    const { api, box } = setup(baseConfig({ closeButton: true }));
    click(box.querySelector('[aria-label=Close]'));
    expect(api.calls).toEqual(['rejectAll reject-all']);
  });

  it('says the policy changed when the stored choice is from an older revision', () => {
    const { box } = setup(undefined, { previous: { categories: { analytics: true }, services: {} } });
    expect(box.querySelector('.note')!.textContent).toBe(en.policyChanged);
  });

  it('says Global Privacy Control was honoured', () => {
    const { box } = setup(undefined, { gpc: true });
    expect(texts(box, '.note')).toEqual([en.gpcHonoured]);
  });

  it('uses the layout and corner from the config; the dialog layout is modal', () => {
    expect(setup(baseConfig({ layout: 'box', position: 'top-left' })).box.querySelector('section')!.className).toBe('banner box top-left');
    expect(setup(baseConfig({ layout: 'bar-top' })).box.querySelector('section')!.className.trim()).toBe('banner bar-top');
    const dialog = setup(baseConfig({ layout: 'dialog' })).box.querySelector('section')!;
    expect([dialog.getAttribute('role'), dialog.getAttribute('aria-modal')]).toEqual(['dialog', 'true']);
  });

  it('in opt-out mode offers Do Not Sell, Customize and a dismissal that keeps the defaults', () => {
    const snap = { categories: { necessary: true, analytics: true, advertising: false }, services: { stats: true, pixel: false }, mode: 'opt-out' as const };
    const { api, box } = setup(baseConfig({}, { mode: 'opt-out' }), snap);
    expect(box.textContent).toContain(en.optOutText);
    expect(texts(box, 'button')).toEqual([en.doNotSell, 'Customize', 'OK']);
    click(byText(box, 'button', 'OK'));
    expect(api.calls).toEqual(['set {"necessary":true,"analytics":true,"advertising":false,"stats":true,"pixel":false} custom']);
    const other = setup(baseConfig({}, { mode: 'opt-out' }), snap);
    click(byText(other.box, 'button', en.doNotSell));
    expect(other.api.calls).toEqual(['set {"advertising":false} custom']);
  });

  it('renders config texts as text, never as HTML', () => {
    const api = fakeApi();
    const store = createStore(api, { ...en, bannerText: '<img src=x onerror=alert(1)>' }, 'en');
    const box = mountInto(() => <Banner store={store} />);
    expect(box.querySelector('img')).toBe(null);
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows the policy text without a link when policy.url is not an http(s) or relative URL', () => {
    const { box } = setup(baseConfig({}, { policy: { url: 'javascript:alert(1)', revision: '2020-09-25' } }));
    expect(box.querySelector('a')).toBe(null);
    expect(box.innerHTML).not.toContain('javascript:');
    expect(box.textContent).toContain('Privacy Policy, updated 25 September 2020');
  });

  it('comes back with an alert when the choice could not be saved, and closes once it is', async () => {
    const api = fakeApi();
    api.failing = true;
    const store = createStore(api, en, 'en');
    const box = mountInto(() => <App store={store} />);
    act(() => store.show('banner'));
    await act(async () => click(byText(box, 'button', 'Accept all')));
    expect(api.calls).toEqual(['acceptAll accept-all']);
    expect(box.querySelector('.banner')).not.toBe(null);
    expect(box.querySelector('.banner [role=alert]')!.textContent).toBe('Your choice could not be saved. Please try again.');
    api.failing = false;
    await act(async () => click(byText(box, 'button', 'Accept all')));
    expect(box.querySelector('.banner')).toBe(null);
    expect(api.calls).toEqual(['acceptAll accept-all', 'acceptAll accept-all']);
    // Shown again later, the banner has no stale alert.
    act(() => store.show('banner'));
    expect(box.querySelector('[role=alert]')).toBe(null);
  });
});
