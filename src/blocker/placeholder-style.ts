// Themed by the shared --consentry-* custom properties; light by default, dark with the system or ui.theme.
const dark = '--bg:var(--consentry-bg,#1f2023);--fg:var(--consentry-fg,#f4f4f5);--mu:var(--consentry-muted,#a1a1aa);--ac:var(--consentry-accent,#8ab4ff);--af:var(--consentry-accent-fg,#0b0b0f);--bd:var(--consentry-border,#3f3f46)';

export const PLACEHOLDER_CSS =
  ':host{display:inline-block;vertical-align:bottom;max-width:100%;box-sizing:border-box}' +
  '.b{--bg:var(--consentry-bg,#fff);--fg:var(--consentry-fg,#1b1b1f);--mu:var(--consentry-muted,#52525b);--ac:var(--consentry-accent,#1d4ed8);--af:var(--consentry-accent-fg,#fff);--bd:var(--consentry-border,#d4d4d8);' +
  'box-sizing:border-box;width:100%;height:100%;overflow:auto;display:flex;flex-direction:column;justify-content:center;align-items:flex-start;' +
  'gap:calc(var(--consentry-space,16px)/2);padding:var(--consentry-space,16px);background:var(--bg);color:var(--fg);border:1px solid var(--bd);' +
  'border-radius:var(--consentry-radius,8px);font:14px/1.4 var(--consentry-font,system-ui,sans-serif)}' +
  'p{margin:0}.t{font-weight:600;font-size:1.1em}.m{color:var(--mu)}a{color:var(--ac)}.a{display:flex;flex-wrap:wrap;gap:8px}' +
  'button{font:inherit;min-height:32px;padding:4px 12px;border-radius:var(--consentry-radius,8px);border:1px solid var(--ac);background:var(--bg);color:var(--ac);cursor:pointer}' +
  'button.p{background:var(--ac);color:var(--af)}:focus-visible{outline:2px solid var(--ac);outline-offset:2px}' +
  `@media(prefers-color-scheme:dark){:host(:not([data-theme=light])) .b{${dark}}}:host([data-theme=dark]) .b{${dark}}`;
