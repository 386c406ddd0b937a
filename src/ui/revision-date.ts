/**
 * The policy revision as the visitor reads it: `2020-09-25` → "25 September 2020" in the UI language;
 * anything that is not a calendar date is shown as given.
 */
export function revisionDate(revision: string, tag: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(revision);
  const date = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (!date || date.getUTCDate() != +m![3]) return revision;
  try {
    // Plain English reads the date day first, as most English-speaking countries do.
    return new Intl.DateTimeFormat(tag == 'en' ? 'en-GB' : tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return revision;
  }
}
