/** A cookie spec as a visitor reads it: `/^_ga_/` (as text or a RegExp) → `_ga_*`; a plain name or any other pattern as given. */
export function cookieName(name: string | RegExp): string {
  const text = '' + name;
  const m = /^\/\^([\w.-]+)\/$/.exec(text);
  return m ? m[1] + '*' : text;
}
