import type { CookieLifetime } from '../shared/types';

/**
 * A cookie's lifetime as the visitor reads it: text is shown as given; `{ months: 13 }` is written in the UI
 * language ("13 months", "13个月", "13 個月").
 */
export function lifetimeText(lifetime: string | CookieLifetime, tag: string): string {
  if (typeof lifetime == 'string') return lifetime;
  const [unit, count] = Object.entries(lifetime)[0] || [];
  try {
    return new Intl.NumberFormat(tag, { style: 'unit', unit: unit!.slice(0, -1), unitDisplay: 'long' }).format(count!);
  } catch {
    return `${count} ${unit}`;
  }
}
