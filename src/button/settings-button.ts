import type { ConsentryApi, ResolvedConfig } from '../shared/types';
import { pickLanguage } from '../shared/language';

/** Built-in labels: the icon's name, and under the `us` rule the opt-out link itself, written out (CCPA § 1798.135). */
const LABELS: Record<string, [string, string]> = {
  en: ['Cookie settings', 'Do Not Sell or Share My Personal Information'],
  'zh-Hans': ['Cookie 设置', '请勿出售或共享我的个人信息'],
  'zh-Hant': ['Cookie 設定', '請勿出售或分享我的個人資訊'],
};
/**
 * The floating way back to the preferences, drawn by the gate itself so that returning visitors download
 * no UI for it: a round cookie icon, or under the `us` rule a pill reading "Do Not Sell or Share My Personal
 * Information". Off with `ui.settingsButton: false`; a corner such as `bottom-right` moves it.
 */
export function showSettingsButton(cfg: ResolvedConfig, api: Pick<ConsentryApi, 'showBanner' | 'showPreferences'>): void {
  const { ui } = cfg;
  if (ui.settingsButton === false || document.querySelector('[data-consentry=settings]')) return;
  const [v, h] = (ui.settingsButton || 'bottom-left').split('-');
  const texts = ui.texts || {};
  const us = cfg.rule == 'us';
  const lang = pickLanguage(ui.language, [...Object.keys(LABELS), ...Object.keys(texts)]);
  const label = texts[lang]?.[us ? 'doNotSell' : 'settings'] || (LABELS[lang] || LABELS.en)[+us];
  // System colours follow the colour scheme, so dark mode needs no rules of its own. Browsers without
  // :focus-visible (Safari before 15.4) drop the rule that uses it and outline every focus. It stays under the
  // banner it opens, which may cover its corner.
  const css = `:host{color-scheme:${ui.theme == 'dark' || ui.theme == 'light' ? ui.theme : 'light dark'}}
button{position:fixed;${v}:16px;${h}:16px;z-index:calc(var(--consentry-z,2147483000) - 1);${us ? 'min-height:44px;padding:8px 16px;border-radius:22px;font:inherit' : 'width:44px;height:44px;padding:10px;border-radius:50%'};border:1px solid var(--consentry-border,GrayText);background:var(--consentry-bg,Canvas);color:var(--consentry-fg,CanvasText);box-shadow:0 2px 8px #0004;cursor:pointer}
button:focus{outline:3px solid var(--consentry-accent,#2563eb);outline-offset:2px}
button:focus:not(:focus-visible){outline:0}
path{fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}`;

  const host = document.createElement('div');
  host.setAttribute('data-consentry', 'settings');
  const root = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  button.type = 'button';
  if (us) button.textContent = label;
  else {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const path = document.createElementNS(ns, 'path');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    // A cookie with a bite taken out, in the button's text colour.
    path.setAttribute('d', 'M21 12a9 9 0 1 1-9-9 3 3 0 0 0 4 3 3 3 0 0 0 5 6zM8 9h.01M9 15h.01M14 13h.01');
    svg.append(path);
    button.title = label;
    button.setAttribute('aria-label', label);
    button.append(svg);
  }
  // Under `us` it opens the opt-out choice; elsewhere the preferences.
  button.onclick = us ? api.showBanner : api.showPreferences;
  root.append(button);
  if (root.adoptedStyleSheets) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.nonce = cfg.nonce || '';
    style.textContent = css;
    root.prepend(style);
  }
  document.body.append(host);
}
