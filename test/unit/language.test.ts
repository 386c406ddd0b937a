import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeLanguage, pickLanguage } from '../../src/shared/language';

const BUILT_IN = ['en', 'zh-Hans', 'zh-Hant'];
afterEach(() => {
  document.documentElement.lang = '';
  vi.restoreAllMocks();
});

describe('language', () => {
  it.each([
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['fr-CA', 'fr-CA'],
  ])('%s is %s', (tag, expected) => expect(normalizeLanguage(tag)).toBe(expected));

  it('prefers the config, then <html lang>, then the browser, then English', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'zh-TW']);
    expect(pickLanguage('zh-CN', BUILT_IN)).toBe('zh-Hans');
    document.documentElement.lang = 'en-GB';
    expect(pickLanguage(undefined, BUILT_IN)).toBe('en');
    document.documentElement.lang = '';
    expect(pickLanguage(undefined, BUILT_IN)).toBe('zh-Hant');
    expect(pickLanguage(undefined, ['en', 'de'])).toBe('de');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja']);
    expect(pickLanguage(undefined, BUILT_IN)).toBe('en');
  });
});
