/** A cookie spec as a visitor reads it: `/^_ga_/` → `_ga_*`; a plain name or any other pattern as given. */
export function cookieName(name: string): string {
  const m = /^\/\^([\w.-]+)\/$/.exec(name);
  return m ? m[1] + '*' : name;
}
