import { readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = (minify) => [
  resolve(),
  rawCss(),
  typescript({ tsconfig: './tsconfig.json', compilerOptions: { noEmit: false, declaration: false } , include: ['src/**/*'] }),
  minify && terser({ ecma: 2021, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } }),
];

/** The TCF build of the gate: `TCF` is true there (src/shared/build-flags.ts is false everywhere else). */
const tcfFlags = () => ({
  name: 'tcf-flags',
  resolveId: (id) => (id.endsWith('/shared/build-flags') ? new URL('src/tcf/build-flags.ts', import.meta.url).pathname : null),
});

/** `import css from './x.css?raw'`: the stylesheet as a minified string (the UI adopts it in its shadow root). */
function rawCss() {
  return {
    name: 'raw-css',
    resolveId: (id, importer) => (id.endsWith('.css?raw') ? new URL(id, 'file://' + importer).pathname + '?raw' : null),
    load(id) {
      if (!id.endsWith('.css?raw')) return null;
      const css = readFileSync(id.slice(0, -4), 'utf8')
        .replace(/\/\*[^]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/ ?([{}:;,>]) ?/g, '$1')
        .replace(/ (?=!important)|(?<=[^\d.])0(?=\.\d)/g, '')
        .replace(/;}/g, '}')
        .trim();
      return `export default ${JSON.stringify(css)};`;
    },
  };
}

export default [
  // The gate: one synchronous script tag, no Preact.
  { input: 'src/gate/index.ts', output: { file: 'dist/consentry.js', format: 'iife' }, plugins: plugins(true) },
  // Records decisions and checks the config in full; loaded by the gate when first needed.
  { input: 'src/engine/index.ts', output: { file: 'dist/consentry-engine.js', format: 'iife' }, plugins: plugins(true) },
  // The floating settings button, loaded after the page has parsed once a choice exists.
  { input: 'src/button/index.ts', output: { file: 'dist/consentry-settings-button.js', format: 'iife' }, plugins: plugins(true) },
  // Automatic blocking of partner hosts and click-to-load placeholders: a second sync tag after the gate.
  { input: 'src/blocker/index.ts', output: { file: 'dist/consentry-blocker.js', format: 'iife' }, plugins: plugins(true) },
  // The gate and the blocker in one tag, for sites whose services list hosts.
  { input: 'src/blocking/index.ts', output: { file: 'dist/consentry-blocking.js', format: 'iife' }, plugins: plugins(true) },
  // Gate and engine together for bundlers.
  { input: 'src/index.ts', output: { file: 'dist/consentry.mjs', format: 'es' }, plugins: plugins(false) },
  // The partner catalogue for bundlers (`consentry/services`): data and lookups, never loaded by the gate.
  { input: 'src/services/index.ts', output: { file: 'dist/services.mjs', format: 'es' }, plugins: plugins(false) },
  // The banner and preferences, loaded by the gate only when a view is needed: Preact and signals inside.
  { input: 'src/ui/index.tsx', output: { file: 'dist/consentry-ui.js', format: 'iife' }, plugins: plugins(true) },
  // Built-in languages other than English, loaded by the UI for visitors who read them.
  ...['zh-Hans', 'zh-Hant'].map((tag) => ({ input: `src/locales/${tag}.entry.ts`, output: { file: `dist/consentry-ui.${tag}.js`, format: 'iife' }, plugins: plugins(true) })),
  // IAB TCF v2.3: the gate with the __tcfapi stub (one tag instead of consentry.js), the CMP with the IAB's
  // own libraries (every TCF page view), and the TCF banner (only when a choice is needed).
  { input: 'src/tcf/gate-entry.ts', output: { file: 'dist/consentry-tcf.js', format: 'iife' }, plugins: [tcfFlags(), ...plugins(true)] },
  { input: 'src/tcf/cmp/index.ts', output: { file: 'dist/consentry-tcf-cmp.js', format: 'iife' }, plugins: plugins(true) },
  { input: 'src/tcf/ui/index.tsx', output: { file: 'dist/consentry-tcf-ui.js', format: 'iife' }, plugins: plugins(true, { regex: /^__[a-zA-Z]?$/ }) },
];
