// Where the bytes of each browser bundle come from: `node bench/bundle-sizes.mjs`.
// Builds every IIFE entry of rollup.config.mjs in memory and lists its modules by rendered size (after
// tree-shaking, before minification), with their share of the minified, gzip-compressed file.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';

for (const config of configs.filter((c) => c.output.format == 'iife')) {
  const bundle = await rollup({ input: config.input, plugins: config.plugins, onwarn: () => {} });
  const { output } = await bundle.generate(config.output);
  await bundle.close();
  const chunk = output.find((o) => o.type == 'chunk');
  const gz = gzipSync(chunk.code, { level: 9 }).length;
  const modules = Object.entries(chunk.modules).map(([id, m]) => ({ id: id.replace(process.cwd() + '/', '').replace(/^\0/, ''), size: m.renderedLength }));
  const total = modules.reduce((a, m) => a + m.size, 0);
  console.log(`\n${config.output.file}: ${chunk.code.length} B minified, ${gz} B gzip`);
  console.log('  rendered B   share   ≈gzip B  module');
  for (const m of modules.sort((a, b) => b.size - a.size).filter((m) => m.size > 0)) {
    console.log(`  ${String(m.size).padStart(10)}  ${((m.size / total) * 100).toFixed(1).padStart(5)}%  ${String(Math.round((m.size / total) * gz)).padStart(8)}  ${m.id}`);
  }
}
