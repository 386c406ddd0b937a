import { describe, expect, it } from 'vitest';
import { languageTag, localeOf } from '../../src/blocker/language';

describe('placeholder language', () => {
  it('maps tags to the built-in locales', () => {
    expect(['en', 'en-GB', 'fr', 'zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-TW', 'ZH-MO'].map(localeOf)).toEqual([
      'en', 'en', 'en', 'zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hant',
    ]);
  });

  it('prefers ui.language, then <html lang>, then the browser', () => {
    document.documentElement.lang = 'zh-TW';
    expect(languageTag('en')).toBe('en');
    expect(languageTag()).toBe('zh-TW');
    document.documentElement.lang = '';
    expect(languageTag()).toBe(navigator.languages[0] || navigator.language);
  });
});
