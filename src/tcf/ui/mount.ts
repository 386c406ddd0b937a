import base from '../../../styles/consentry.css?raw';
import tcf from './tcf.css?raw';

/**
 * A host element first in `<body>` with an open shadow root, as the main UI mounts (src/ui/mount.ts): styles
 * as a constructed sheet (strict CSP needs no nonce), else a `<style>` with the config's nonce.
 */
export function mountTcf(nonce?: string): ShadowRoot {
  const host = document.createElement('consentry-tcf-ui');
  document.body.prepend(host);
  const root = host.attachShadow({ mode: 'open' });
  const css = base + tcf;
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
