/** A country's name in the UI language (`US` → "United States", "美国"); the code itself when it has none. */
export function countryName(code: string, tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'region' }).of(code.toUpperCase()) || code;
  } catch {
    return code;
  }
}
