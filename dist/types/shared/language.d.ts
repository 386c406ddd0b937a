/** `zh-CN` → `zh-Hans`, `zh-TW` → `zh-Hant`: Chinese tags by script, the rest as given. */
export declare function normalizeLanguage(tag: string): string;
/**
 * The visitor's language among `available`: the configured one, else `<html lang>`, else the browser's
 * languages, else English. A tag matches exactly or by its base language (`fr-CA` → `fr`).
 */
export declare function pickLanguage(configured: string | undefined, available: string[]): string;
