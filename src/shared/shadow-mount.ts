/**
 * A `<tag>` host element first in `<body>` (so Tab reaches the UI first) holding an open shadow root, which
 * the page's CSS cannot reach. Styles go in as a constructed sheet, which a strict CSP allows without a
 * nonce; browsers without constructed sheets get a `<style>` carrying the config's nonce.
 */
export function mountShadow(tag: string, css: string, nonce?: string): ShadowRoot {
  const host = document.createElement(tag);
  document.body.prepend(host);
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    root.append(style);
  }
  return root;
}
