import { PLACEHOLDER_CSS } from './placeholder-style';

export interface PlaceholderView {
  name: string;
  /** Built-in texts with `{name}` filled in. */
  about: string;
  purpose?: string;
  cookies: string;
  policy: string;
  policyHref: string;
  once: string;
  always: string;
  lang: string;
  theme?: string;
  nonce?: string;
  width: number;
  height: number;
  onOnce(): void;
  onAlways(): void;
}

let sheet: CSSStyleSheet | undefined;

/** Builds the click-to-load placeholder: a shadow root of text nodes and native controls. */
export function renderPlaceholder(v: PlaceholderView): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute('data-consentry-placeholder', '');
  host.lang = v.lang;
  if (v.theme == 'light' || v.theme == 'dark') host.setAttribute('data-theme', v.theme);
  host.style.width = v.width + 'px';
  host.style.height = v.height + 'px';
  const root = host.attachShadow({ mode: 'open' });
  if (window.CSSStyleSheet && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(PLACEHOLDER_CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = el('style', PLACEHOLDER_CSS);
    if (v.nonce) style.nonce = v.nonce;
    root.append(style);
  }
  const box = el('div', '', 'b');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-labelledby', 't');
  const title = el('p', v.name, 't');
  title.id = 't';
  const link = el('a', v.policy) as HTMLAnchorElement;
  link.href = v.policyHref;
  const actions = el('div', '', 'a');
  const once = el('button', v.once);
  const always = el('button', v.always, 'p');
  once.onclick = v.onOnce;
  always.onclick = v.onAlways;
  actions.append(once, always);
  box.append(title, el('p', v.about));
  if (v.purpose) box.append(el('p', v.purpose));
  if (v.cookies) box.append(el('p', v.cookies, 'm'));
  box.append(link, actions);
  root.append(box);
  return host;
}

/** An element holding `text` as a text node. */
function el(tag: string, text: string, cls?: string): HTMLElement {
  const e = document.createElement(tag);
  e.textContent = text;
  if (cls) e.className = cls;
  if (tag == 'button') (e as HTMLButtonElement).type = 'button';
  return e;
}
