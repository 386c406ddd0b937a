import { afterEach, describe, expect, it } from 'vitest';
import { showSettingsButton } from '../../../src/button/settings-button';
import type { Rule, UiConfig } from '../../../src/shared/types';
import { baseConfig } from './fake-api';

const draw = (rule: Rule, ui: UiConfig = {}) => {
  const opened: string[] = [];
  showSettingsButton(baseConfig(ui, { rule, mode: rule == 'us' || rule == 'notice' ? 'opt-out' : 'opt-in' }), {
    showBanner: () => opened.push('banner'),
    showPreferences: () => opened.push('preferences'),
  });
  const button = document.querySelector('[data-consentry=settings]')?.shadowRoot?.querySelector('button') || null;
  return { button, opened: () => opened };
};

describe('the settings button', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('is a round icon named "Cookie settings" outside the us rule', () => {
    const { button, opened } = draw('gdpr');
    expect(button!.getAttribute('aria-label')).toBe('Cookie settings');
    expect(button!.querySelector('svg')).not.toBe(null);
    expect(button!.textContent).toBe('');
    button!.click();
    expect(opened()).toEqual(['preferences']);
  });

  it('under us is a visible "Do Not Sell or Share My Personal Information" pill whose name is its text', () => {
    const { button, opened } = draw('us');
    expect(button!.textContent).toBe('Do Not Sell or Share My Personal Information');
    expect(button!.hasAttribute('aria-label')).toBe(false);
    expect(button!.querySelector('svg')).toBe(null);
    button!.click();
    expect(opened()).toEqual(['banner']);
  });

  it('under us speaks Chinese, and takes the site\'s own doNotSell text', () => {
    expect(draw('us', { language: 'zh-CN' }).button!.textContent).toBe('请勿出售或共享我的个人信息');
    document.body.innerHTML = '';
    expect(draw('us', { language: 'zh-TW' }).button!.textContent).toBe('請勿出售或分享我的個人資訊');
    document.body.innerHTML = '';
    expect(draw('us', { language: 'es', texts: { es: { doNotSell: 'No vender ni compartir mi información personal' } } }).button!.textContent).toBe(
      'No vender ni compartir mi información personal',
    );
    document.body.innerHTML = '';
    // A site language without that text: English.
    expect(draw('us', { language: 'fr', texts: { fr: { settings: 'Cookies' } } }).button!.textContent).toBe('Do Not Sell or Share My Personal Information');
  });

  it('under us keeps the corner rules: moved by ui.settingsButton, none with false, drawn once', () => {
    draw('us', { settingsButton: false });
    expect(document.querySelector('[data-consentry=settings]')).toBe(null);
    draw('us', { settingsButton: 'top-right' });
    draw('us', { settingsButton: 'top-right' });
    expect(document.querySelectorAll('[data-consentry=settings]').length).toBe(1);
  });
});
