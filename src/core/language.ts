/** `zh-CN` → `zh-Hans`, `zh-TW` → `zh-Hant`: Chinese tags by script, the rest as given. */
export function normalizeLanguage(tag: string): string {
  const t = tag.toLowerCase();
  return /^zh-(hant|tw|hk|mo)\b/.test(t) ? 'zh-Hant' : /^zh\b/.test(t) ? 'zh-Hans' : tag;
}

/**
 * The visitor's language among `available`: the configured one, else `<html lang>`, else the browser's
 * languages, else English. Matches exactly first, then by base language (`fr-CA` → `fr`).
 */
export function pickLanguage(configured: string | undefined, available: string[]): string {
  const wanted = [configured, document.documentElement.lang, ...navigator.languages].filter(Boolean).map((t) => normalizeLanguage(t!));
  const lower = available.map((a) => a.toLowerCase());
  for (const tag of wanted) {
    const i = lower.indexOf(tag.toLowerCase());
    const j = lower.indexOf(tag.toLowerCase().split('-')[0]);
    if (i >= 0 || j >= 0) return available[i >= 0 ? i : j];
  }
  return 'en';
}
