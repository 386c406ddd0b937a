// `npm run lighthouse`: Lighthouse (mobile defaults, a first visit) against the demo site in Debian's
// Chromium. Prints and writes bench/lighthouse.md: the performance score, the scripting time that
// `bootup-time` puts on Consentry's files, and whether the back/forward cache, text compression and
// colour contrast audits pass. Reports; asserts nothing.
// Environment: LIGHTHOUSE_RUNS (default 3; the figures are medians), CHROMIUM_PATH.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { start } from '../demo/server.mjs';
import { quantile } from './stats.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const HERE = import.meta.dirname;
const FILES = ['consentry.js', 'consentry-ui.js'];
const AUDITS = ['bf-cache', 'uses-text-compression', 'color-contrast'];
const started = Date.now();
const loadAtStart = loadavg()[0];

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
if (!existsSync(join(HERE, '..', 'dist', 'consentry-ui.js'))) {
  console.error('dist/ is not built: run `npm run build` first (`npm run lighthouse` does).');
  process.exit(1);
}

// Every audit at its defaults, but `bootup-time` lists every script (not only those over 50 ms).
const config = { extends: 'lighthouse:default', settings: { onlyCategories: ['performance', 'accessibility'] }, audits: [{ path: 'bootup-time', options: { thresholdInMs: 0 } }] };

const server = await start(0);
const url = `http://127.0.0.1:${server.address().port}/`;
const reports = [];
for (let i = 0; i < RUNS; i++) {
  // A new browser (and a new profile: no cookie, no cache) for each run: a first visit.
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
    reports.push(result.lhr);
  } finally {
    await chrome.kill();
  }
  process.stdout.write(`\rLighthouse: run ${i + 1}/${RUNS} (${Math.round((Date.now() - started) / 1000)} s)`);
}
process.stdout.write('\n');
await new Promise((r) => server.close(r));
writeFileSync(join(HERE, 'lighthouse-report.json'), JSON.stringify(reports[reports.length - 1]));

const median = (xs) => quantile(xs, 0.5);
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)}` : '–');
/** bootup-time's row for one of Consentry's files in one report. */
const bootup = (lhr, file) => lhr.audits['bootup-time'].details?.items.find((it) => URL.canParse(it.url) && new URL(it.url).pathname == `/dist/${file}`);
const passed = (audit) => (audit.score === null ? (audit.scoreDisplayMode == 'notApplicable' ? 'not applicable' : audit.scoreDisplayMode) : audit.score >= 0.9 ? 'pass' : 'fail');

const lhr = reports[reports.length - 1];
const lines = [];
const out = (s = '') => lines.push(s);
out('# Lighthouse: the demo site, first visit');
out();
out(`- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`);
out(`- Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] || 'Chromium'} (headless), mobile defaults: simulated throttling (4x CPU, slow 4G), Moto G Power screen`);
out(`- Page: the demo's home page (\`npm run demo\`), a new browser profile each run (no cookie: the banner shows); categories performance and accessibility`);
out(`- ${RUNS} run${RUNS == 1 ? '' : 's'}; scores and times are medians. Load average (1 min) at start / end: ${loadAtStart.toFixed(1)} / ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; took ${Math.round((Date.now() - started) / 1000)} s`);
out();
out('| Figure | Median | Runs |');
out('|---|--:|---|');
const scores = reports.map((r) => r.categories.performance.score * 100);
out(`| Performance score | ${ms(median(scores))} | ${scores.map(ms).join(', ')} |`);
const a11y = reports.map((r) => r.categories.accessibility.score * 100);
out(`| Accessibility score | ${ms(median(a11y))} | ${a11y.map(ms).join(', ')} |`);
for (const f of FILES) {
  for (const [key, label] of [['scripting', 'scripting'], ['scriptParseCompile', 'parse and compile'], ['total', 'total']]) {
    const xs = reports.map((r) => bootup(r, f)?.[key] ?? NaN);
    out(`| bootup-time, ${f}, ${label} (ms) | ${ms(median(xs))} | ${xs.map(ms).join(', ')} |`);
  }
}
for (const metric of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
  const xs = reports.map((r) => r.audits[metric].numericValue);
  const fmt = metric == 'cumulative-layout-shift' ? (x) => x.toFixed(3) : ms;
  out(`| ${reports[0].audits[metric].title}${metric == 'cumulative-layout-shift' ? '' : ' (ms)'} | ${fmt(median(xs))} | ${xs.map(fmt).join(', ')} |`);
}
out();
out('| Audit | Result | Runs | Details (last run) |');
out('|---|---|---|---|');
for (const id of AUDITS) {
  const results = reports.map((r) => passed(r.audits[id]));
  const a = lhr.audits[id];
  let details = a.displayValue || '';
  if (a.score !== null && a.score < 0.9) {
    const items = a.details?.items || [];
    if (id == 'color-contrast') details = items.map((it) => `${it.node?.snippet} (${it.node?.explanation?.split('\n')[1]?.trim() || ''})`).join('; ');
    else if (id == 'bf-cache') details = items.map((it) => `${it.reason} (${it.failureType})`).join('; ');
    else details = items.map((it) => `${it.url} (${it.wastedBytes} B)`).join('; ');
  }
  out(`| \`${id}\`: ${a.title} | ${results[results.length - 1]} | ${results.join(', ')} | ${details.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
}
out();
out('Rerun with `npm run lighthouse` (`LIGHTHOUSE_RUNS=1` for a quicker look). The last run\'s full report: bench/lighthouse-report.json (not committed; open it in the Lighthouse viewer).');
out();
const md = lines.join('\n');
writeFileSync(join(HERE, 'lighthouse.md'), md);
console.log('\n' + md);
