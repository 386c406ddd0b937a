/** Only http(s) and relative URLs may load from a placeholder or its policy link; `javascript:` and `data:` never. */
export function safeUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, document.baseURI).protocol);
  } catch {
    return false;
  }
}
