import { afterEach, describe, expect, it, vi } from 'vitest';
import { baseConfig, fakeApi } from './fake-api';
import { registerLocale } from '../../../src/ui/locale-registry';
import { zhHant } from '../../../src/locales/zh-Hant';

const shadow = () => document.querySelector('consentry-ui')?.shadowRoot;

describe('consentry-ui.js entry', () => {
  afterEach(() => {
    delete window.consentry;
    delete (window as { consentryLocales?: object }).consentryLocales;
    document.head.innerHTML = document.body.innerHTML = '';
    document.documentElement.lang = '';
    vi.resetModules();
  });

  it('mounts on the first show and follows later ones', async () => {
    const api = fakeApi();
    window.consentry = api;
    await import('../../../src/ui/index');
    api.emit('show', 'banner');
    await vi.waitFor(() => expect(shadow()!.querySelector('.banner')).not.toBe(null));
    api.emit('show', 'preferences');
    await vi.waitFor(() => expect(shadow()!.querySelector('[role=dialog]')).not.toBe(null));
    expect(document.querySelectorAll('consentry-ui').length).toBe(1);
    expect(document.querySelector('script')).toBe(null);
  });

  it('asks for a built-in Chinese locale next to itself, with the nonce', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    document.documentElement.lang = 'zh-TW';
    window.consentry = fakeApi(baseConfig({}, { nonce: 'abc' }));
    await import('../../../src/ui/index');
    const script = document.querySelector('script')!;
    expect(script.src).toMatch(/\/consentry-ui\.zh-Hant\.js$/);
    expect(script.nonce).toBe('abc');
    vi.restoreAllMocks();
  });

  it('speaks a locale that has registered', async () => {
    document.documentElement.lang = 'zh-TW';
    registerLocale('zh-Hant', zhHant);
    const api = fakeApi();
    window.consentry = api;
    await import('../../../src/ui/index');
    expect(document.querySelector('script')).toBe(null);
    await vi.waitFor(() => {
      api.emit('show', 'banner');
      expect(shadow()!.querySelector('h2')!.textContent).toBe('您的隱私選擇');
    });
  });

  it('speaks English when the locale file cannot load, and says why', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const api = fakeApi(baseConfig({ language: 'zh-CN' }));
    window.consentry = api;
    await import('../../../src/ui/index');
    // A missing file: the script element reports an error.
    document.querySelector('script')!.dispatchEvent(new Event('error'));
    await vi.waitFor(() => {
      api.emit('show', 'banner');
      expect(shadow()!.querySelector('h2')!.textContent).toBe('Your privacy choices');
    });
    expect(spy.mock.calls[0][0]).toMatch(/could not load consentry-ui\.zh-Hans\.js/);
    spy.mockRestore();
  });

  it('says what to fix when the gate is missing', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await import('../../../src/ui/index');
    expect(spy.mock.calls[0][0]).toMatch(/^\[consentry\] consentry-ui.js needs the gate/);
    spy.mockRestore();
  });
});
