import { PLACEHOLDER_CSS } from './placeholder-style';

/** What a placeholder says: every string becomes a text node. */
export interface PlaceholderParts {
  name: string;
  about: string;
  /** Empty when the service lists no cookies. */
  cookies: string;
  policy: string;
  /** Empty when the policy URL is not http(s). */
  href: string;
  once: string;
  always: string;
}

let sheet: CSSStyleSheet | undefined;

/** An element holding `text` as a text node. */
const el = (tag: string, text = '') => {
  const e = document.createElement(tag);
  e.textContent = text;
  return e;
};

/**
 * The click-to-load placeholder: a shadow root of text nodes, a link and two native buttons, grouped and
 * named for screen readers. `actions` are the "Load this once" and "Always allow" handlers.
 */
export function renderPlaceholder(p: PlaceholderParts, actions: Array<() => void>, lang: string, theme?: string, nonce?: string): HTMLElement {
  const host = el('div');
  host.setAttribute('data-consentry-placeholder', '');
  host.lang = lang;
  if (theme == 'light' || theme == 'dark') host.setAttribute('data-theme', theme);
  const root = host.attachShadow({ mode: 'open' });
  if (window.CSSStyleSheet && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(PLACEHOLDER_CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = el('style', PLACEHOLDER_CSS);
    style.nonce = nonce || '';
    root.append(style);
  }
  const box = el('div');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-labelledby', 't');
  const title = el('b', p.name);
  title.id = 't';
  const link = el('a', p.policy) as HTMLAnchorElement;
  if (p.href) link.href = p.href;
  const head = el('p');
  head.append(title);
  box.append(head, el('p', p.about));
  if (p.cookies) box.appendChild(el('p')).appendChild(el('small', p.cookies));
  box.append(link, el('br'));
  [p.once, p.always].forEach((text, i) => {
    const button = el('button', text) as HTMLButtonElement;
    button.type = 'button';
    button.onclick = actions[i];
    box.append(button);
  });
  root.append(box);
  return host;
}
