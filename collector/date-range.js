const DAY = 86400000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `?from=2026-01-01&to=2026-01-31` (UTC days, both included) → `{ from, to }` in epoch ms, `to` exclusive.
 * Defaults: the last 30 days up to today. Returns `{ error }` for a malformed or reversed range.
 */
export function dateRange(params, now = Date.now()) {
  const today = Math.floor(now / DAY) * DAY;
  const read = (name, fallback) => {
    const v = params.get(name);
    if (v == null || v === '') return fallback;
    const t = DATE.test(v) ? Date.parse(v + 'T00:00:00Z') : NaN;
    return Number.isNaN(t) ? null : t;
  };
  const to = read('to', today);
  const from = read('from', (to ?? today) - 29 * DAY);
  if (from == null || to == null) return { error: 'from and to must be dates such as 2026-01-31' };
  if (from > to) return { error: 'from must not be after to' };
  if (to - from > 3660 * DAY) return { error: 'the range may span at most 10 years' };
  return { from, to: to + DAY };
}

export const isoDay = (t) => new Date(t).toISOString().slice(0, 10);
export const DAY_MS = DAY;
