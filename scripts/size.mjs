// Prints each dist file's size (minified, gzip -9, brotli) and fails when a budget is exceeded.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Budgets in bytes of gzip -9; a group adds its files up. */
const BUDGETS = [
  { name: 'gate (every page view)', files: ['dist/consentry.js'], gzip: 5150 },
  { name: 'settings button (after parsing, once a choice exists)', files: ['dist/consentry-settings-button.js'], gzip: 1400 },
  { name: 'engine (first decision)', files: ['dist/consentry-engine.js'], gzip: 6300 },
  { name: 'UI script, CSS inside (banner, preferences, separate consents, notice for children)', files: ['dist/consentry-ui.js'], gzip: 15000 },
  { name: 'Simplified Chinese texts (loaded for that language only)', files: ['dist/consentry-ui.zh-Hans.js'], gzip: 1750 },
  { name: 'Traditional Chinese texts (loaded for that language only)', files: ['dist/consentry-ui.zh-Hant.js'], gzip: 1750 },
  { name: 'blocker (sites whose services list hosts)', files: ['dist/consentry-blocker.js'], gzip: 3900 },
  { name: 'gate with the blocker, one tag (sites whose services list hosts)', files: ['dist/consentry-blocking.js'], gzip: 8550 },
  { name: 'TCF gate with __tcfapi stub (instead of consentry.js, TCF sites)', files: ['dist/consentry-tcf.js'], gzip: 6250 },
  { name: 'TCF CMP, IAB libraries inside (every TCF page view)', files: ['dist/consentry-tcf-cmp.js'], gzip: 15400 },
  { name: 'TCF banner and preferences (when a TCF choice is needed)', files: ['dist/consentry-tcf-ui.js'], gzip: 12700 },
];

const sizes = (file) => {
  const buf = readFileSync(file);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

let failed = false;
const rows = [['file', 'minified', 'gzip -9', 'brotli']];
for (const budget of BUDGETS) {
  const present = budget.files.filter(existsSync);
  if (!present.length) {
    console.error(`missing: ${budget.files.join(', ')} (run npm run build)`);
    failed = true;
    continue;
  }
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const file of present) {
    const s = sizes(file);
    rows.push([file, s.min, s.gzip, s.brotli]);
    for (const k in total) total[k] += s[k];
  }
  const over = total.gzip > budget.gzip;
  failed ||= over;
  rows.push([`= ${budget.name}`, total.min, total.gzip, total.brotli, `${over ? 'OVER' : 'within'} budget ${budget.gzip} gzip`]);
}
const width = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
for (const r of rows) console.log(r.map((c, i) => (i ? String(c ?? '').padStart(width[i]) : String(c).padEnd(width[i]))).join('  '));
if (failed) {
  console.error('size check failed');
  process.exit(1);
}
