import type { Texts } from '../shared/types';

type WithLocales = { consentryLocales?: Record<string, Texts> };

/** Built-in locales other than English arrive as their own small scripts, which register here. */
export const locales = (): Record<string, Texts> => ((window as WithLocales).consentryLocales ||= {});

export function registerLocale(tag: string, texts: Texts): void {
  locales()[tag] = texts;
}
