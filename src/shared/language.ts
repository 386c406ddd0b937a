/** `zh-CN` → `zh-Hans`, `zh-TW` → `zh-Hant`: Chinese tags by script, the rest as given. */
export function normalizeLanguage(tag: string): string {
  const t = tag.toLowerCase();
  return /^zh-(hant|tw|hk|mo)\b/.test(t) ? 'zh-Hant' : /^zh\b/.test(t) ? 'zh-Hans' : tag;
}

/**
 * The visitor's language among `available`: the configured one, else `<html lang>`, else the browser's
 * languages, else English. A tag matches exactly or by its base language (`fr-CA` → `fr`).
 */
export function pickLanguage(configured: string | undefined, available: string[]): string {
  for (const tag of [configured, document.documentElement.lang, ...navigator.languages]) {
    const t = tag && normalizeLanguage(tag).toLowerCase();
    const found = t && available.find((a) => (a = a.toLowerCase()) == t || a == t.split('-')[0]);
    if (found) return found;
  }
  return 'en';
}
