export type Locale = 'en' | 'zh-Hans' | 'zh-Hant';

/** The first language tag available: `ui.language`, then `<html lang>`, then the browser's languages. */
export function languageTag(configured?: string): string {
  return configured || document.documentElement.lang || navigator.languages?.[0] || navigator.language || 'en';
}

/** The built-in locale for a language tag: Chinese in Traditional script (zh-Hant, zh-TW, zh-HK, zh-MO) or Simplified, else English. */
export function localeOf(tag: string): Locale {
  const t = tag.toLowerCase();
  if (!/^zh\b/.test(t)) return 'en';
  return /hant|-(tw|hk|mo)\b/.test(t) ? 'zh-Hant' : 'zh-Hans';
}
