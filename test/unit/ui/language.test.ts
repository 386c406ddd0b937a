import { afterEach, describe, expect, it, vi } from 'vitest';
import { merge, pickLanguage } from '../../../src/ui/language';
import { en } from '../../../src/locales/en';
import { zhHans } from '../../../src/locales/zh-Hans';
import { zhHant } from '../../../src/locales/zh-Hant';
import type { Texts, UiConfig } from '../../../src/core/types';

/** pickLanguage with a given `<html lang>` and `navigator.languages`. */
function pick(ui: UiConfig, htmlLang: string, browser: string[]) {
  document.documentElement.lang = htmlLang;
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browser);
  return pickLanguage(ui);
}

describe('pickLanguage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('maps Chinese tags by script and region', () => {
    for (const t of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'ZH-cn']) expect(pick({}, t, []).texts).toBe(zhHans);
    for (const t of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-tw']) expect(pick({}, t, []).texts).toBe(zhHant);
  });
  it('prefers ui.language, then <html lang>, then navigator.languages, then English', () => {
    expect(pick({ language: 'zh-TW' }, 'en', ['zh-CN']).texts).toBe(zhHant);
    expect(pick({}, 'zh-HK', ['en']).texts).toBe(zhHant);
    expect(pick({}, '', ['fr-FR', 'zh-SG', 'en']).texts).toBe(zhHans);
    expect(pick({}, 'fr', ['de']).tag).toBe('en');
    expect(pick({}, 'en-GB', []).texts).toBe(en);
  });
  it('skips languages it cannot speak', () => {
    expect(pick({ language: 'fr' }, 'zh', []).tag).toBe('zh-Hans');
  });
  it('applies a site override to any string of a built-in language', () => {
    const { texts } = pick({ texts: { 'zh-TW': { acceptAll: '同意全部' } } }, 'zh-Hant', []);
    expect(texts.acceptAll).toBe('同意全部');
    expect(texts.rejectAll).toBe(zhHant.rejectAll);
  });
  it('lets a site add a language, right to left, over English defaults', () => {
    const { tag, texts } = pick({ texts: { ar: { dir: 'rtl', acceptAll: 'قبول الكل' } } }, 'ar-EG', []);
    expect([tag, texts.dir, texts.acceptAll, texts.rejectAll]).toEqual(['ar', 'rtl', 'قبول الكل', 'Reject all']);
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
