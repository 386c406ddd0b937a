import type { Texts, TextsOverride, UiConfig } from '../core/types';
import { en } from '../locales/en';
import { zhHans } from '../locales/zh-Hans';
import { zhHant } from '../locales/zh-Hant';

const builtIn: Record<string, Texts> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/**
 * The built-in locale a tag maps to: Chinese by script or region (`zh-TW` → `zh-Hant`, plain `zh` →
 * `zh-Hans`), otherwise its primary subtag (`en-GB` → `en`).
 */
export function localeOf(tag: string): string {
  const t = tag.toLowerCase();
  if (/^zh\b/.test(t)) return /-(hant|tw|hk|mo)\b/.test(t) ? 'zh-Hant' : 'zh-Hans';
  return t.split('-')[0];
}

export interface Language {
  /** What the UI says its `lang` is. */
  tag: string;
  texts: Texts;
}

/**
 * Picks the first language the UI can speak from: `ui.language`, `<html lang>`, `navigator.languages`,
 * then English. A tag is spoken when it is built in or the site gave texts for it.
 */
export function pickLanguage(ui: UiConfig, htmlLang: string, browser: readonly string[]): Language {
  const extra = ui.texts || {};
  const find = (tag: string) => Object.keys(extra).find((k) => k.toLowerCase() == tag.toLowerCase());
  for (const tag of [ui.language || '', htmlLang, ...browser]) {
    if (!tag) continue;
    const own = find(tag);
    const locale = localeOf(tag);
    const base = builtIn[locale] || (own || find(locale) ? en : null);
    if (!base) continue;
    const over = extra[own || ''] || extra[find(locale) || ''];
    return { tag: builtIn[locale] ? (locale == 'en' ? tag : locale) : own || locale, texts: merge(base, over) };
  }
  return { tag: 'en', texts: merge(en, extra.en) };
}

/** The built-in texts with a site's overrides on top; category and service texts merge one by one. */
export function merge(base: Texts, over?: TextsOverride): Texts {
  if (!over) return base;
  const out = { ...base, ...over } as Texts;
  for (const key of ['categories', 'services'] as const) {
    const merged: Record<string, object> = { ...base[key] };
    for (const id in over[key]) merged[id] = { ...merged[id], ...over[key]![id] };
    out[key] = merged as never;
  }
  return out;
}
