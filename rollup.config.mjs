import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = (minify) => [
  resolve(),
  typescript({ tsconfig: './tsconfig.json', compilerOptions: { noEmit: false, declaration: false } , include: ['src/**/*'] }),
  minify && terser({ ecma: 2021, compress: { passes: 3, unsafe_arrows: true }, mangle: { properties: false }, format: { comments: false } }),
];

export default [
  // The gate: one synchronous script tag, no Preact.
  { input: 'src/gate/index.ts', output: { file: 'dist/consentry.js', format: 'iife' }, plugins: plugins(true) },
  // Records decisions and checks the config in full; loaded by the gate when first needed.
  { input: 'src/engine/index.ts', output: { file: 'dist/consentry-engine.js', format: 'iife' }, plugins: plugins(true) },
  // Gate and engine together for bundlers.
  { input: 'src/index.ts', output: { file: 'dist/consentry.mjs', format: 'es' }, plugins: plugins(false) },
];
