import { afterEach, describe, expect, it, vi } from 'vitest';
import { merge, textsFor, uiLanguage } from '../../../src/ui/language';
import { en } from '../../../src/locales/en';
import { zhHans } from '../../../src/locales/zh-Hans';
import { zhHant } from '../../../src/locales/zh-Hant';
import type { Texts, UiConfig } from '../../../src/shared/types';

/** uiLanguage with a given `<html lang>` and `navigator.languages`. */
function pick(ui: UiConfig, htmlLang: string, browser: string[]) {
  document.documentElement.lang = htmlLang;
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browser);
  return uiLanguage(ui);
}

describe('uiLanguage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('maps Chinese tags by script and region', () => {
    for (const t of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'ZH-cn']) expect(pick({}, t, [])).toBe('zh-Hans');
    for (const t of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-tw']) expect(pick({}, t, [])).toBe('zh-Hant');
  });
  it('prefers ui.language, then <html lang>, then navigator.languages, then English', () => {
    expect(pick({ language: 'zh-TW' }, 'en', ['zh-CN'])).toBe('zh-Hant');
    expect(pick({}, 'zh-HK', ['en'])).toBe('zh-Hant');
    expect(pick({}, '', ['fr-FR', 'zh-SG', 'en'])).toBe('zh-Hans');
    expect(pick({}, 'fr', ['de'])).toBe('en');
    expect(pick({}, 'en-GB', [])).toBe('en');
  });
  it('skips languages it cannot speak', () => {
    expect(pick({ language: 'fr' }, 'zh', [])).toBe('zh-Hans');
  });
  it('speaks a language the site added texts for', () => {
    expect(pick({ texts: { ar: { dir: 'rtl' } } }, 'ar-EG', [])).toBe('ar');
  });
});

describe('textsFor', () => {
  it('applies a site override to any string of a built-in language, whatever tag it is keyed by', () => {
    const texts = textsFor('zh-Hant', { texts: { 'zh-TW': { acceptAll: '同意全部' }, en: { acceptAll: 'Yes' } } }, zhHant);
    expect(texts.acceptAll).toBe('同意全部');
    expect(texts.rejectAll).toBe(zhHant.rejectAll);
  });
  it('lays a language the site added, right to left, over English', () => {
    const texts = textsFor('ar', { texts: { ar: { dir: 'rtl', acceptAll: 'قبول الكل' } } });
    expect([texts.dir, texts.acceptAll, texts.rejectAll]).toEqual(['rtl', 'قبول الكل', 'Reject all']);
  });
  it('is the built-in locale as is without overrides', () => {
    expect(textsFor('zh-Hans', {}, zhHans)).toBe(zhHans);
    expect(textsFor('en', {})).toBe(en);
  });
});

describe('merge', () => {
  it('merges category and service texts one by one', () => {
    const out: Texts = merge(en, { categories: { analytics: { title: 'Stats' }, extra: { title: 'Extra', description: 'More.' } }, services: { s: { name: 'S' } } });
    expect(out.categories.analytics).toEqual({ title: 'Stats', description: en.categories.analytics.description });
    expect(out.categories.extra.title).toBe('Extra');
    expect(out.categories.necessary).toEqual(en.categories.necessary);
    expect(out.services.s.name).toBe('S');
    expect(en.categories.analytics.title).toBe('Analytics');
  });
});

describe('built-in locales', () => {
  it('are complete: every English key has a Chinese text', () => {
    for (const locale of [zhHans, zhHant]) {
      expect(Object.keys(locale).sort()).toEqual(Object.keys(en).sort());
      expect(Object.keys(locale.categories)).toEqual(Object.keys(en.categories));
      expect(locale.policyUpdated).toContain('{date}');
    }
  });
});
