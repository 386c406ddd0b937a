import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { App } from '../../../src/ui/app';
import { createStore } from '../../../src/ui/store';
import { en } from '../../../src/locales/en';
import { zhHans } from '../../../src/locales/zh-Hans';
import type { Texts } from '../../../src/shared/types';
import { baseConfig, fakeApi, piplConfig, pixelTexts } from './fake-api';
import { byText, click, mountInto, texts } from './render';

const withPixel = (t: Texts, over: Partial<Texts['services'][string]> = {}): Texts => ({ ...t, services: { pixel: { ...pixelTexts, ...over } } });

/** The UI as it runs, after "Accept all" on the first layer. */
async function acceptAll(cfg = piplConfig(), t = withPixel(en), tag = 'en') {
  const api = fakeApi(cfg);
  const store = createStore(api, t, tag);
  const box = mountInto(() => <App store={store} />);
  act(() => store.show('banner'));
  await act(async () => click(box.querySelector('[data-action=acceptAll]')));
  return { api, store, box };
}

describe('the separate consents after "Accept all" (pipl)', () => {
  it('opens once Accept all is recorded, listing the partner abroad with what it receives and where it goes', async () => {
    const { api, store, box } = await acceptAll();
    expect(api.calls).toEqual(['acceptAll accept-all']);
    // Accept all gave no separate consent: the partner is still off.
    expect(api.snapshot.services.pixel).toBe(false);
    expect(store.view.value).toBe('separate');
    const dialog = box.querySelector('[role=dialog]')!;
    // Focus moves into it.
    expect(document.activeElement).toBe(dialog);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(box.querySelector('#' + dialog.getAttribute('aria-labelledby'))!.textContent).toBe('Your separate consent');
    expect(box.querySelector('#' + dialog.getAttribute('aria-describedby'))!.textContent).toBe(en.separateText);
    expect(texts(box, '.separate li h3')).toEqual(['Pixel Ads']);
    expect(texts(box, '.separate li p')).toEqual([
      'Purpose: Shows and measures ads.',
      'Recipient: Pixel Ads Inc. (Contact: https://pixel.example/privacy)',
      'Located in: United States',
      'Personal information provided: Device identifier, pages visited',
      'Cookies: _px (lifetime 3 months)',
    ]);
    expect(byText(box, 'a', 'https://pixel.example/privacy')!.getAttribute('href')).toBe('https://pixel.example/privacy');
    expect(texts(box, '.btns button')).toEqual(['I agree', 'Not now']);
  });

  it('"I agree" gives the separate consent to each partner listed, then closes', async () => {
    const { api, store, box } = await acceptAll();
    await act(async () => click(byText(box, 'button', 'I agree')));
    expect(api.calls).toEqual(['acceptAll accept-all', 'set {"pixel":true} custom']);
    expect(api.snapshot.services.pixel).toBe(true);
    expect(api.snapshot.separate.pixel).toBeTruthy();
    expect(store.view.value).toBe(null);
  });

  it('"Not now", the close control and Escape leave the partner off without deciding', async () => {
    for (const leave of [
      (box: HTMLElement) => click(byText(box, 'button', 'Not now')),
      (box: HTMLElement) => click(box.querySelector('[aria-label=Close]')),
      (box: HTMLElement) => act(() => void box.querySelector('[role=dialog]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))),
    ]) {
      const { api, store, box } = await acceptAll();
      leave(box);
      expect(store.view.value).toBe(null);
      expect(api.calls).toEqual(['acceptAll accept-all']);
      expect(api.snapshot.services.pixel).toBe(false);
    }
  });

  it('comes back with the alert when the agreement could not be recorded', async () => {
    const { api, store, box } = await acceptAll();
    api.failing = true;
    await act(async () => click(byText(box, 'button', 'I agree')));
    expect(store.view.value).toBe('separate');
    expect(box.querySelector('.separate [role=alert]')!.textContent).toBe(en.saveFailed);
  });

  it('opens after Accept all in the preferences too', async () => {
    const api = fakeApi(piplConfig());
    const store = createStore(api, en, 'en');
    const box = mountInto(() => <App store={store} />);
    act(() => store.show('preferences'));
    await act(async () => click(box.querySelector('.prefs [data-action=acceptAll]')));
    expect(store.view.value).toBe('separate');
    // Without texts the partner is named by its id.
    expect(texts(box, '.separate li h3')).toEqual(['pixel']);
  });

  it('does not open when nothing waits: gdpr, a partner at home, or one already agreed to', async () => {
    expect((await acceptAll(baseConfig())).store.view.value).toBe(null);
    const home = piplConfig();
    home.services.pixel = { category: 'advertising', country: 'cn' };
    expect((await acceptAll(home)).store.view.value).toBe(null);
    const api = fakeApi(piplConfig(), { separate: { pixel: '2026-01-01T00:00:00.000Z' } });
    const store = createStore(api, en, 'en');
    const box = mountInto(() => <App store={store} />);
    act(() => store.show('banner'));
    await act(async () => click(box.querySelector('[data-action=acceptAll]')));
    expect(store.view.value).toBe(null);
  });

  it('does not open after Reject all', async () => {
    const api = fakeApi(piplConfig());
    const store = createStore(api, en, 'en');
    const box = mountInto(() => <App store={store} />);
    act(() => store.show('banner'));
    await act(async () => click(box.querySelector('[data-action=rejectAll]')));
    expect(store.view.value).toBe(null);
  });

  it('in Simplified Chinese: the country in Chinese, every label translated', async () => {
    const { box } = await acceptAll(piplConfig(), withPixel(zhHans, { name: '像素广告', purpose: '展示并衡量广告。', data: '设备标识符' }), 'zh-Hans');
    expect(box.querySelector('#pt')!.textContent).toBe('单独同意');
    expect(texts(box, '.separate li p')).toEqual([
      '处理目的：展示并衡量广告。',
      '接收方：Pixel Ads Inc. (联系方式：https://pixel.example/privacy)',
      '所在国家或地区：美国',
      '提供的个人信息种类：设备标识符',
      'Cookie：_px (有效期 3个月)',
    ]);
    expect(texts(box, '.btns button')).toEqual(['同意', '暂不同意']);
  });

  it('shows a country code it cannot name as given, and a javascript: recipient contact as text', async () => {
    const cfg = piplConfig();
    cfg.services.pixel = { category: 'advertising', country: 'Mars', recipient: { name: 'X', contact: 'javascript:alert(1)' } };
    const { box } = await acceptAll(cfg);
    expect(texts(box, '.separate li p')).toEqual(['Purpose: Shows and measures ads.', 'Recipient: X (Contact: javascript:alert(1))', 'Located in: Mars', 'Personal information provided: Device identifier, pages visited']);
    expect(box.querySelector('.separate li a')).toBe(null);
  });
});
