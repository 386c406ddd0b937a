/** Only http(s) and relative URLs may be released or loaded; `javascript:` and `data:` never. */
export function safeUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, document.baseURI).protocol);
  } catch {
    return false;
  }
}
