import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { App } from '../../../src/ui/app';
import { Banner } from '../../../src/ui/banner';
import { createStore } from '../../../src/ui/store';
import { en } from '../../../src/locales/en';
import { zhHans } from '../../../src/locales/zh-Hans';
import type { ResolvedConfig, Snapshot, Texts } from '../../../src/shared/types';
import { baseConfig, fakeApi, piplConfig } from './fake-api';
import { byText, click, mountInto, texts } from './render';

const banner = (cfg: ResolvedConfig, t: Texts = en, tag = 'en', snap: Partial<Snapshot> = {}) => {
  const api = fakeApi(cfg, snap);
  const store = createStore(api, t, tag);
  store.show('banner');
  return { api, store, box: mountInto(() => <Banner store={store} />) };
};
const withController = (contact: string) => piplConfig({ controller: { name: 'iCanspk', contact } });

describe('the first layer by rule', () => {
  it('pipl: names the handler with a mailto: link, and offers "I am under 14" beside the other choices', () => {
    const { box } = banner(piplConfig());
    expect(box.textContent).toContain('iCanspk handles your personal information on this site.Contact: nic@icanspk.com');
    const mail = byText(box, 'a', 'nic@icanspk.com')!;
    expect(mail.getAttribute('href')).toBe('mailto:nic@icanspk.com');
    expect(texts(box, '.btns button')).toEqual(['Accept all', 'Reject all', 'Customize', 'I am under 14']);
    expect(box.querySelector('[data-action=minor]')!.className).toBe('btn');
  });

  it('pipl in Simplified Chinese: the handler, the contact and the age in the visitor\'s language', () => {
    const { box } = banner(piplConfig(), zhHans, 'zh-Hans');
    expect(box.textContent).toContain('本网站的个人信息处理者为iCanspk。联系方式：nic@icanspk.com');
    expect(texts(box, '.btns button')).toEqual(['全部接受', '全部拒绝', '自定义', '我未满 14 周岁']);
  });

  it('pipl: an https contact links as is; a javascript: or data: contact is text, never a link', () => {
    expect(byText(banner(withController('https://icanspk.com/contact')).box, 'a', 'https://icanspk.com/contact')!.getAttribute('href')).toBe(
      'https://icanspk.com/contact',
    );
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'javascript:a@b.c']) {
      const { box } = banner(withController(bad));
      expect(box.innerHTML).not.toContain('href="' + bad.slice(0, 5));
      expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/privacy']);
      expect(box.textContent).toContain('Contact: ' + bad);
      expect(box.querySelector('b')).toBe(null);
    }
  });

  it('pipl without minors or a controller: the gdpr first layer', () => {
    const { box } = banner(piplConfig({ minors: undefined, controller: undefined }));
    expect(texts(box, '.btns button')).toEqual(['Accept all', 'Reject all', 'Customize']);
    expect(box.textContent).not.toContain('handles your personal information');
  });

  it('pipl: a controller or minors that are not objects show nothing rather than break; an odd age is 14', () => {
    const odd = banner(piplConfig({ controller: 'iCanspk' as never, minors: true as never })).box;
    expect(odd.textContent).not.toContain('handles your personal information');
    expect(texts(odd, '.btns button')).toEqual(['Accept all', 'Reject all', 'Customize']);
    expect(banner(piplConfig({ minors: { age: 'x' as never } })).box.querySelector('[data-action=minor]')!.textContent).toBe('I am under 14');
  });

  it('gdpr names no handler on the first layer, even with a controller in the config', () => {
    const { box } = banner(baseConfig({}, { controller: { name: 'iCanspk', contact: 'nic@icanspk.com' }, minors: { age: 16 } }));
    expect(box.textContent).not.toContain('iCanspk');
    expect(texts(box, '.btns button')).toEqual(['Accept all', 'Reject all', 'Customize']);
  });

  it('notice: informs, with OK and Customize; OK keeps what runs', () => {
    const snap = { categories: { necessary: true, analytics: true, advertising: true }, services: { stats: true, pixel: true }, mode: 'opt-out' as const };
    const notice = baseConfig({}, { rule: 'notice', mode: 'opt-out' });
    const { api, box } = banner(notice, en, 'en', snap);
    expect(box.textContent).toContain(en.noticeText);
    expect(box.textContent).not.toContain(en.optOutText);
    expect(texts(box, '.btns button')).toEqual(['OK', 'Customize']);
    click(byText(box, 'button', 'OK'));
    expect(api.calls).toEqual(['set {"necessary":true,"analytics":true,"advertising":true,"stats":true,"pixel":true} custom']);
    const zh = banner(notice, zhHans, 'zh-Hans', snap);
    expect(zh.box.textContent).toContain(zhHans.noticeText);
    expect(texts(zh.box, '.btns button')).toEqual(['知道了', '自定义']);
  });

  it('us: the opt-out banner with Do Not Sell, Customize and OK', () => {
    const { box } = banner(baseConfig({}, { rule: 'us', mode: 'opt-out' }));
    expect(box.textContent).toContain(en.optOutText);
    expect(texts(box, '.btns button')).toEqual([en.doNotSell, 'Customize', 'OK']);
  });
});

describe('"I am under 14"', () => {
  it('records the required categories only, as a child, then shows the notice with the guardian link', async () => {
    const api = fakeApi(piplConfig());
    const store = createStore(api, en, 'en');
    const box = mountInto(() => <App store={store} />);
    act(() => store.show('banner'));
    await act(async () => click(box.querySelector('[data-action=minor]')));
    expect(api.calls).toEqual(['setMinor true custom']);
    expect(api.snapshot).toMatchObject({ minor: true, categories: { necessary: true, analytics: false, advertising: false } });
    const dialog = box.querySelector('[role=dialog]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(box.querySelector('#' + dialog.getAttribute('aria-labelledby'))!.textContent).toBe('For visitors under 14');
    expect(box.querySelector('#' + dialog.getAttribute('aria-describedby'))!.textContent).toBe(en.minorText);
    expect(byText(box, 'a', 'For parents and guardians')!.getAttribute('href')).toBe('/guardians');
    click(byText(box, 'button', 'OK'));
    expect(store.view.value).toBe(null);
    expect(api.calls).toEqual(['setMinor true custom']);
  });

  it('comes back to the banner with the alert when it could not be recorded', async () => {
    const api = fakeApi(piplConfig());
    api.failing = true;
    const store = createStore(api, en, 'en');
    const box = mountInto(() => <App store={store} />);
    act(() => store.show('banner'));
    await act(async () => click(box.querySelector('[data-action=minor]')));
    expect(store.view.value).toBe('banner');
    expect(box.querySelector('.banner [role=alert]')!.textContent).toBe(en.saveFailed);
  });

  it('in Simplified Chinese, with the configured age', async () => {
    const api = fakeApi(piplConfig({ minors: { age: 16, guardianUrl: 'https://icanspk.com/guardians' } }));
    const store = createStore(api, zhHans, 'zh-Hans');
    const box = mountInto(() => <App store={store} />);
    act(() => store.show('banner'));
    expect(box.querySelector('[data-action=minor]')!.textContent).toBe('我未满 16 周岁');
    await act(async () => click(box.querySelector('[data-action=minor]')));
    expect(box.querySelector('#pt')!.textContent).toBe('致未满 16 周岁的用户');
    expect(box.textContent).toContain(zhHans.minorText);
    expect(byText(box, 'a', '监护人须知')!.getAttribute('href')).toBe('https://icanspk.com/guardians');
    expect(box.querySelector('[data-action=dismiss]')!.textContent).toBe('知道了');
  });

  it('the notice leaves out a guardian link that is missing or not an http(s) URL', () => {
    for (const guardianUrl of [undefined, 'javascript:alert(1)', 'data:text/html,x']) {
      const store = createStore(fakeApi(piplConfig({ minors: { age: 14, guardianUrl } })), en, 'en');
      const box = mountInto(() => <App store={store} />);
      act(() => store.show('minor'));
      expect(box.querySelector('.minor')).not.toBe(null);
      expect(box.querySelector('a')).toBe(null);
      expect(box.innerHTML).not.toContain('javascript:');
    }
  });
});
