import type { Texts, TextsOverride, UiConfig } from '../shared/types';
import { normalizeLanguage, pickLanguage as pickTag } from '../shared/language';
import { en } from '../locales/en';

/** The built-in languages: English is inside consentry-ui.js, the others load as consentry-ui.<tag>.js. */
export const BUILT_IN = ['en', 'zh-Hans', 'zh-Hant'];

/**
 * The language the gate's settings button also speaks: `ui.language`, else `<html lang>`, else
 * `navigator.languages`, else English, among the built-in languages and those of `ui.texts`.
 */
export function uiLanguage(ui: UiConfig): string {
  return normalizeLanguage(pickTag(ui.language, [...BUILT_IN, ...Object.keys(ui.texts || {})]));
}

/**
 * The texts for `tag`: its built-in locale (English for a language the site added, or one that could not
 * load) with the site's `ui.texts` for that language on top.
 */
export function textsFor(tag: string, ui: UiConfig, builtIn: Texts = en): Texts {
  const extra = ui.texts || {};
  let texts = builtIn;
  for (const key in extra) if (normalizeLanguage(key).toLowerCase() == tag.toLowerCase()) texts = merge(texts, extra[key]);
  return texts;
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
