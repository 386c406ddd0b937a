// Where a position in a minified dist/ file comes from: rebuilds that file with rollup (same config,
// sourcemap on), checks the code is byte for byte the shipped file, and reads the map (base64 VLQ).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rollup } from 'rollup';

const ROOT = join(import.meta.dirname, '..');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One line of `mappings`: segments of [generatedColumn, source, line, column, name?], absolute. */
function decode(mappings) {
  const lines = [];
  const state = [0, 0, 0, 0, 0];
  for (const text of mappings.split(';')) {
    state[0] = 0;
    const segs = [];
    for (const seg of text ? text.split(',') : []) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      values.forEach((v, i) => (state[i] += v));
      segs.push(state.slice(0, values.length));
    }
    lines.push(segs);
  }
  return lines;
}

/**
 * A resolver for the shipped file `dist/<name>`, or null when the rebuilt code differs from it (then
 * positions stay minified). `resolve(line, column)` (1-based) gives "src/...:line" or null.
 */
export async function sourceMapFor(name) {
  const { default: configs } = await import(join(ROOT, 'rollup.config.mjs'));
  const config = configs.find((c) => c.output.file == `dist/${name}`);
  if (!config) return null;
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const bundle = await rollup({ input: config.input, plugins: config.plugins, onwarn: () => {} });
    const { output } = await bundle.generate({ ...config.output, sourcemap: 'hidden' });
    await bundle.close();
    const [chunk] = output;
    if (chunk.code != readFileSync(join(ROOT, 'dist', name), 'utf8')) return null;
    const map = chunk.map;
    const lines = decode(map.mappings);
    return (line, column) => {
      const segs = lines[line - 1] || [];
      let best = null;
      for (const s of segs) if (s[0] <= column - 1 && s.length >= 4) best = s;
      if (!best) return null;
      const file = relative(ROOT, join(ROOT, 'dist', map.sources[best[1]]));
      return `${file}:${best[2] + 1}`;
    };
  } finally {
    process.chdir(cwd);
  }
}
