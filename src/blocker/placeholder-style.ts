// Themed by the shared --consentry-* custom properties; light by default, dark with the system or ui.theme.
const dark = '--b:var(--consentry-bg,#1f2023);--f:var(--consentry-fg,#f4f4f5);--m:var(--consentry-muted,#a1a1aa);--a:var(--consentry-accent,#8ab4ff);--c:var(--consentry-accent-fg,#0b0b0f)';

export const PLACEHOLDER_CSS =
  ':host{display:inline-block;vertical-align:bottom;max-width:100%}' +
  'div{--b:var(--consentry-bg,#fff);--f:var(--consentry-fg,#1b1b1f);--m:var(--consentry-muted,#52525b);--a:var(--consentry-accent,#1d4ed8);--c:var(--consentry-accent-fg,#fff);--r:var(--consentry-radius,8px);' +
  'box-sizing:border-box;height:100%;overflow:auto;padding:var(--consentry-space,16px);background:var(--b);color:var(--f);' +
  'border:1px solid var(--consentry-border,var(--m));border-radius:var(--r);font:14px/1.4 var(--consentry-font,system-ui,sans-serif)}' +
  'p{margin:0 0 8px}small{color:var(--m)}a{color:var(--a)}' +
  'button{font:inherit;margin:8px 8px 0 0;padding:6px 12px;border-radius:var(--r);border:1px solid var(--a);background:var(--b);color:var(--a)}' +
  'button+button{background:var(--a);color:var(--c)}:focus-visible{outline:2px solid var(--a);outline-offset:2px}' +
  `@media(prefers-color-scheme:dark){:host(:not([data-theme=light])) div{${dark}}}:host([data-theme=dark]) div{${dark}}`;
