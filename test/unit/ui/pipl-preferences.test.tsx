import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { App } from '../../../src/ui/app';
import { Preferences } from '../../../src/ui/preferences';
import { createStore } from '../../../src/ui/store';
import { textsFor } from '../../../src/ui/language';
import { en } from '../../../src/locales/en';
import { zhHans } from '../../../src/locales/zh-Hans';
import type { ResolvedConfig, Snapshot, Texts } from '../../../src/shared/types';
import { baseConfig, fakeApi, piplConfig, pixelTexts } from './fake-api';
import { byText, click, mountInto, texts } from './render';

const setup = (cfg: ResolvedConfig = piplConfig(), snap: Partial<Snapshot> = {}, t: Texts = { ...en, services: { pixel: pixelTexts } }, tag = 'en') => {
  const api = fakeApi(cfg, snap);
  const store = createStore(api, t, tag);
  store.show('preferences');
  return { api, store, box: mountInto(() => <Preferences store={store} />) };
};
/** A switch by the text of the element that names it. */
const sw = (box: Element, name: string) => {
  const label = [...box.querySelectorAll('[id]')].find((e) => e.textContent == name);
  if (!label) throw new Error(`no label ${name}`);
  return box.querySelector(`[role=switch][aria-labelledby="${label.id}"]`) as HTMLElement;
};
const state = (el: HTMLElement) => [el.getAttribute('aria-checked'), el.getAttribute('aria-disabled')];

describe('the preferences under pipl', () => {
  it('name the handler with its contact and address', () => {
    const { box } = setup();
    const block = byText(box, 'h3', 'Personal information handler')!.parentElement!;
    expect(texts(block, 'p')).toEqual(['iCanspk', 'Contact: nic@icanspk.com', 'Address: Shanghai']);
    expect(block.querySelector('a')!.getAttribute('href')).toBe('mailto:nic@icanspk.com');
    // Under any rule, when the config names one.
    const gdpr = setup(baseConfig({}, { controller: { name: 'iCanspk', contact: 'https://icanspk.com/contact' } })).box;
    expect(byText(gdpr, 'h3', 'Personal information handler')).toBeTruthy();
    expect(texts(gdpr, 'h3').includes('I am under 14')).toBe(false);
    expect(setup(baseConfig()).box.textContent).not.toContain('Personal information handler');
  });

  it('offer personalised use below its category: unusable while the category is off, off until chosen on its own', () => {
    const { api, store, box } = setup();
    const personal = sw(box, 'Personalised Advertising');
    expect(box.querySelector('#' + personal.getAttribute('aria-describedby'))!.textContent).toBe(en.personalizedText);
    expect(state(personal)).toEqual(['false', 'true']);
    // Locked: clicking changes nothing.
    click(personal);
    expect(state(sw(box, 'Personalised Advertising'))).toEqual(['false', 'true']);
    click(sw(box, 'Advertising'));
    // PIPL art. 24: allowing advertising does not allow its personalised use.
    expect(state(sw(box, 'Personalised Advertising'))).toEqual(['false', null]);
    click(sw(box, 'Personalised Advertising'));
    expect(state(sw(box, 'Personalised Advertising'))).toEqual(['true', null]);
    expect(store.draft.value['advertising.personalized']).toBe(true);
    click(sw(box, 'Personalised Advertising'));
    click(byText(box, 'button', 'Save choices'));
    expect(api.calls).toEqual(['set {"necessary":true,"analytics":false,"advertising":true,"advertising.personalized":false,"stats":false,"pixel":false} custom']);
    expect(api.snapshot.personalized.advertising).toBe(false);
  });

  it('start personalised use from the snapshot', () => {
    const snap = { given: true, categories: { necessary: true, analytics: false, advertising: true }, personalized: { advertising: true } };
    expect(state(sw(setup(piplConfig(), snap).box, 'Personalised Advertising'))).toEqual(['true', null]);
    expect(state(sw(setup(piplConfig(), { ...snap, personalized: { advertising: false } }).box, 'Personalised Advertising'))).toEqual(['false', null]);
  });

  it('outside pipl, personalised use follows its category when that is switched on', () => {
    const cfg = baseConfig({}, { categories: { necessary: { required: true }, analytics: {}, advertising: { personalization: true } } });
    const { box } = setup(cfg, {}, en);
    click(sw(box, 'Advertising'));
    expect(state(sw(box, 'Personalised Advertising'))).toEqual(['true', null]);
    click(sw(box, 'Advertising'));
    expect(state(sw(box, 'Personalised Advertising'))).toEqual(['false', 'true']);
  });

  it('show the partner abroad with its recipient and country, marked as needing separate consent', () => {
    const { box } = setup();
    const row = byText(box, 'h4', 'Pixel Ads')!.closest('li')!;
    expect(texts(row, 'p')).toEqual([
      en.separateLabel,
      'Purpose: Shows and measures ads.',
      'Recipient: Pixel Ads Inc. (Contact: https://pixel.example/privacy)',
      'Located in: United States',
      'Personal information provided: Device identifier, pages visited',
      'Cookies: _px (lifetime 3 months)',
    ]);
    // A partner at home, with no other handler, is not marked.
    expect(byText(box, 'h4', 'stats')!.closest('li')!.textContent).not.toContain(en.separateLabel);
  });

  it('never switch on a partner needing separate consent with its category; switching it by itself does, and is its consent', () => {
    const { api, box } = setup();
    click(sw(box, 'Advertising'));
    expect(state(sw(box, 'Pixel Ads'))).toEqual(['false', null]);
    click(sw(box, 'Pixel Ads'));
    expect(state(sw(box, 'Pixel Ads'))).toEqual(['true', null]);
    // Switching the category off switches it off.
    click(sw(box, 'Advertising'));
    expect(state(sw(box, 'Pixel Ads'))).toEqual(['false', null]);
    click(sw(box, 'Pixel Ads'));
    expect(state(sw(box, 'Advertising'))).toEqual(['true', null]);
    click(byText(box, 'button', 'Save choices'));
    expect(api.calls).toEqual(['set {"necessary":true,"analytics":false,"advertising":true,"advertising.personalized":false,"stats":false,"pixel":true} custom']);
    expect(api.snapshot.separate.pixel).toBeTruthy();
    expect(api.snapshot.services.pixel).toBe(true);
  });

  it('start a partner needing separate consent off unless it has it, even when an older choice had it on', () => {
    const previous = { categories: { necessary: true, analytics: false, advertising: true }, services: { stats: false, pixel: true } };
    expect(state(sw(setup(piplConfig(), { previous }).box, 'Pixel Ads'))).toEqual(['false', null]);
    const given = { given: true, categories: previous.categories, services: { stats: false, pixel: true }, separate: { pixel: '2026-01-01T00:00:00.000Z' } };
    expect(state(sw(setup(piplConfig(), given).box, 'Pixel Ads'))).toEqual(['true', null]);
  });

  it('in Simplified Chinese', () => {
    const { box } = setup(piplConfig(), {}, zhHans, 'zh-Hans');
    expect(texts(box, 'h3')).toEqual(['个人信息处理者', '我未满 14 周岁', '必要', '统计分析', '广告']);
    expect(sw(box, '个性化广告')).toBeTruthy();
    expect(box.textContent).toContain('您看到的广告将不针对您的个人特征');
    expect(box.textContent).toContain('需要您的单独同意');
    expect(box.textContent).toContain('所在国家或地区：美国');
    expect(box.textContent).toContain('联系方式：nic@icanspk.com');
  });

  it('fall back to English for a language the site added with a few texts, and to ids without texts', () => {
    const t = textsFor('de', { texts: { de: { preferencesTitle: 'Datenschutz' } } });
    const { box } = setup(piplConfig(), {}, { ...t, categories: {} }, 'de');
    expect(box.querySelector('#pt')!.textContent).toBe('Datenschutz');
    expect(box.textContent).toContain('Personal information handler');
    expect(sw(box, 'Personalised advertising')).toBeTruthy();
    expect(box.textContent).toContain('Vereinigte Staaten');
  });
});

describe('"I am under 14" in the preferences', () => {
  it('starts on for a child\'s record, and holds the other switches while on', () => {
    const { box } = setup(piplConfig(), { given: true, minor: true });
    expect(state(sw(box, 'I am under 14'))).toEqual(['true', null]);
    for (const name of ['Analytics', 'Advertising', 'Personalised Advertising', 'Pixel Ads']) expect(state(sw(box, name))[1]).toBe('true');
    click(sw(box, 'Analytics'));
    expect(state(sw(box, 'Analytics'))[0]).toBe('false');
    click(sw(box, 'I am under 14'));
    expect(state(sw(box, 'Analytics'))).toEqual(['false', null]);
  });

  it('switched from on to off and saved: the child flag is cleared, then the choice recorded', async () => {
    const { api, box } = setup(piplConfig(), { given: true, minor: true });
    click(sw(box, 'I am under 14'));
    click(sw(box, 'Analytics'));
    await act(async () => click(byText(box, 'button', 'Save choices')));
    expect(api.calls).toEqual([
      'setMinor false custom',
      'set {"necessary":true,"analytics":true,"advertising":false,"advertising.personalized":false,"stats":true,"pixel":false} custom',
    ]);
    expect(api.snapshot).toMatchObject({ minor: false, categories: { analytics: true } });
  });

  it('switched from off to on and saved: a child\'s record, then the notice for children', async () => {
    const api = fakeApi(piplConfig(), { given: true, categories: { necessary: true, analytics: true, advertising: false } });
    const store = createStore(api, en, 'en');
    const box = mountInto(() => <App store={store} />);
    act(() => store.show('preferences'));
    click(sw(box, 'I am under 14'));
    await act(async () => click(byText(box, 'button', 'Save choices')));
    expect(api.calls).toEqual(['setMinor true custom']);
    expect(api.snapshot).toMatchObject({ minor: true, categories: { analytics: false } });
    expect(store.view.value).toBe('minor');
    expect(byText(box, 'a', 'For parents and guardians')).toBeTruthy();
  });

  it('while on, Accept all is a child\'s choice too', async () => {
    const { api, box } = setup(piplConfig());
    click(sw(box, 'I am under 14'));
    await act(async () => click(byText(box, 'button', 'Accept all')));
    expect(api.calls).toEqual(['setMinor true custom']);
  });

  it('keeps the switches as they were, with the alert, when saving fails', async () => {
    const api = fakeApi(piplConfig(), { given: true, minor: true });
    const store = createStore(api, en, 'en');
    const box = mountInto(() => <App store={store} />);
    act(() => store.show('preferences'));
    api.failing = true;
    click(sw(box, 'I am under 14'));
    await act(async () => click(byText(box, 'button', 'Save choices')));
    // Two steps failed in turn (setMinor, then what it would have led to): let the view come back.
    await act(() => new Promise((r) => setTimeout(r)));
    expect(store.view.value).toBe('preferences');
    expect(state(sw(box, 'I am under 14'))[0]).toBe('false');
    expect(box.querySelector('.prefs [role=alert]')!.textContent).toBe(en.saveFailed);
  });
});
