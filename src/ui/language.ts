import type { Texts, TextsOverride, UiConfig } from '../core/types';
import { normalizeLanguage, pickLanguage as pickTag } from '../core/language';
import { en } from '../locales/en';
import { zhHans } from '../locales/zh-Hans';
import { zhHant } from '../locales/zh-Hant';

const builtIn: Record<string, Texts> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

export interface Language {
  /** The UI's `lang`: a built-in locale or a language the site added. */
  tag: string;
  texts: Texts;
}

/**
 * The language the gate's settings button also speaks: `ui.language`, else `<html lang>`, else
 * `navigator.languages`, else English, among the built-in locales and the languages of `ui.texts`.
 * Its texts are the built-in ones (English for a language the site added) with the site's on top.
 */
export function pickLanguage(ui: UiConfig): Language {
  const extra = ui.texts || {};
  const tag = pickTag(ui.language, [...Object.keys(builtIn), ...Object.keys(extra)]);
  let texts = builtIn[normalizeLanguage(tag)] || en;
  for (const key in extra) if (normalizeLanguage(key).toLowerCase() == normalizeLanguage(tag).toLowerCase()) texts = merge(texts, extra[key]);
  return { tag: normalizeLanguage(tag), texts };
}

/** The built-in texts with a site's overrides on top; category and service texts merge one by one. */
export function merge(base: Texts, over: TextsOverride): Texts {
  const out = { ...base, ...over } as Texts;
  for (const key of ['categories', 'services'] as const) {
    const merged: Record<string, object> = { ...base[key] };
    for (const id in over[key]) merged[id] = { ...merged[id], ...over[key]![id] };
    out[key] = merged as never;
  }
  return out;
}
