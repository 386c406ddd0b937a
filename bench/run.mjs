// `npm run bench`: Consentry side by side with vanilla-cookieconsent, Klaro and orejime in Debian's Chromium.
// Reports; asserts no timing. Writes bench/results.md and prints the same table.
// Environment: BENCH_RUNS (default 15), BENCH_PROFILES (default "1,4": CPU slowdown factors),
// BENCH_LARGE_RUNS (default 9: rounds of the large-page cases, which run in the throttled profile only),
// BENCH_CPU_PROFILES (default 5: page loads merged into the CPU profile), CHROMIUM_PATH.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { serveGzip } from './server.mjs';
import { fixturePage, largePageParts } from './fixture.mjs';
import consentry from './libraries/consentry.mjs';
import vc from './libraries/vanilla-cookieconsent.mjs';
import klaro from './libraries/klaro.mjs';
import orejime from './libraries/orejime.mjs';
import { selfTimeEntries } from './cpu-profile.mjs';
import { sourceMapFor } from './source-map.mjs';
import { taggedServices } from './site-spec.mjs';
import { renderReport } from './report.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 15);
const PROFILES = (process.env.BENCH_PROFILES || '1,4').split(',').map(Number);
/** The throttled profile: the large page, the Accept click's event duration and the CPU profile run in it. */
const SLOW = Math.max(...PROFILES);
const LARGE_RUNS = Math.min(RUNS, Number(process.env.BENCH_LARGE_RUNS || 9));
const CPU_PROFILES = Number(process.env.BENCH_CPU_PROFILES || 5);
/** Paragraphs of the large page and of its small twin; both arrive in the same number of parts. */
const LARGE = [10, 3000];
const LARGE_BATCHES = 10;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SETTLE_MS = 200;
const TIMEOUT_MS = 10000;
const HERE = import.meta.dirname;
const started = Date.now();
const loadAtStart = loadavg()[0];

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

const libs = [consentry, vc, klaro, orejime];
const stressScript = `<script>${readFileSync(join(HERE, 'stress.js'), 'utf8')}</script>`;
const watch = (lib) => `<script>__bench.watch(${lib.findAccept});</script>`;

// Pages. A first-visit page also polls each frame for the banner; a returning-visit page does not.
const files = { '/blank.html': '<!doctype html><title>blank</title>', '/privacy.html': '<!doctype html><title>Privacy</title>' };
// Every page also defines the stress function (it runs only when called).
files['/none.html'] = fixturePage(null, stressScript);
for (const lib of libs) {
  Object.assign(files, lib.files);
  files[`/${lib.id}-first.html`] = fixturePage(lib, watch(lib) + stressScript);
  files[`/${lib.id}-return.html`] = fixturePage(lib, stressScript);
}
/** The large page and its small twin, streamed, for every library and for none. */
const streamed = {};
for (const lib of [null, ...libs]) for (const n of LARGE) streamed[`/large-${lib ? lib.id : 'none'}-${n}.html`] = largePageParts(lib, n, LARGE_BATCHES);

/** The cases, in the order of the table. */
const cases = [{ id: 'none', name: 'No consent library (floor)', lib: null, visit: 'none', path: '/none.html' }];
for (const lib of libs) {
  for (const visit of ['first', 'return']) {
    if (lib.id == 'consentry' && visit == 'first' && !lib.hasUi) continue;
    cases.push({ id: `${lib.id}-${visit}`, name: `${lib.name}, ${visit == 'first' ? 'first visit' : 'returning visit'}`, lib, visit, path: `/${lib.id}-${visit}.html` });
  }
}
/** Large-page cases: returning visits (or no library), throttled profile only, LARGE_RUNS rounds. */
const largeCases = [];
for (const lib of [null, ...libs]) {
  for (const n of LARGE) {
    const id = `large-${lib ? lib.id : 'none'}-${n}`;
    largeCases.push({ id, name: `${lib ? lib.name : 'No consent library'}, ${n.toLocaleString('en-US')} paragraphs`, lib, visit: lib ? 'return' : 'none', path: `/${id}.html`, large: n });
  }
}
/** The stress case runs on these pages once their own measurement is done. */
const stressAfter = { none: 'stress-none', 'consentry-return': 'stress-consentry' };
const stressCases = [
  { id: 'stress-none', name: 'Stress page, no consent library' },
  { id: 'stress-consentry', name: 'Stress page, Consentry (returning visit)' },
];

const site = await serveGzip(files, streamed);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions'],
});

/**
 * What a returning visitor's browser holds for each library (cookies and localStorage), made once by
 * accepting everything through the library's API and reloading.
 */
const returning = {};
for (const lib of libs) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/${lib.id}-return.html`);
  await page.waitForFunction(`(${lib.ready})()`, null, { timeout: TIMEOUT_MS });
  await page.evaluate(lib.acceptApi);
  await page.waitForTimeout(100);
  await page.reload();
  await page.waitForFunction((n) => window.__bench.ran.length >= n, taggedServices.length, { timeout: TIMEOUT_MS });
  returning[lib.id] = await context.storageState();
  if (!returning[lib.id].cookies.some((c) => c.name == lib.cookie)) throw new Error(`${lib.name}: accepting through its API left no '${lib.cookie}' cookie`);
  await context.close();
}

const metric = (list, name) => list.metrics.find((m) => m.name == name)?.value ?? NaN;

/** In the page: settles once `n` tags ran. */
const untilRan = ([n, ms]) => window.__bench.until(() => window.__bench.ran.length >= n, ms);

/** One page load of one case under one CPU profile. */
async function measure(c, cpu) {
  const began = Date.now();
  const storageState = c.lib && c.visit == 'return' ? returning[c.lib.id] : undefined;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, storageState });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const sizes = [];
  page.on('requestfinished', (req) => {
    const path = new URL(req.url()).pathname;
    if (c.lib && path.startsWith(c.lib.prefix)) sizes.push(req.sizes().then((s) => s.responseBodySize));
  });
  const cdp = await context.newCDPSession(page);
  // Same origin first, so the measured navigation stays in this renderer and its counters.
  await page.goto(`${site.url}/blank.html`);
  // Thread time: the main thread's own CPU time, so other work on the machine does not inflate it.
  // The CPU throttle counts in it (a 4x profile shows about four times the time).
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const before = await cdp.send('Performance.getMetrics');
  await page.goto(site.url + c.path, { waitUntil: 'load', timeout: TIMEOUT_MS });

  const r = { case: c.id, cpu };
  try {
    // Waited for inside the page, without polling from here: no harness script runs each frame.
    if (c.visit == 'first') await page.evaluate((ms) => window.__bench.until(() => window.__bench.visible != null, ms), TIMEOUT_MS);
    else await page.evaluate(untilRan, [taggedServices.length, TIMEOUT_MS]);
  } catch (e) {
    const ran = await page.evaluate(() => window.__bench.ran.map(([name]) => name)).catch(() => []);
    r.error = `${c.visit == 'first' ? 'banner never became visible' : `only these tags ran: [${ran.join(', ')}]`} (${e.message.split('\n')[0]})`;
  }
  await page.waitForTimeout(SETTLE_MS);
  const after = await cdp.send('Performance.getMetrics');
  r.scriptMs = (metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration')) * 1000;
  r.taskMs = (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000;
  const state = await page.evaluate(() => ({ visible: window.__bench.visible, cls: window.__bench.cls, ran: window.__bench.ran.slice() }));
  r.visibleMs = state.visible ?? NaN;
  r.cls = state.cls;
  r.firstTagMs = state.ran.length ? Math.min(...state.ran.map(([, t]) => t)) : NaN;
  r.bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  if (c.lib && c.visit == 'return') {
    r.bannerOnReturn = await page.evaluate(`__bench.onScreen((${c.lib.findAccept})())`);
  }

  if (c.visit == 'first' && !r.error) {
    try {
      await page.evaluate(`__bench.armAccept(${c.lib.findAccept}, ${c.lib.gone})`);
      await c.lib.accept(page).click({ timeout: TIMEOUT_MS });
      const a = await page.waitForFunction(
        () => {
          const B = window.__bench;
          const A = B.accept;
          const tag = A.t0 == null ? undefined : B.ran.find(([, t]) => t >= A.t0);
          return A.gone != null && tag ? { t0: A.t0, gone: A.gone, tag: tag[1] } : null;
        },
        null,
        { timeout: TIMEOUT_MS, polling: 'raf' },
      );
      const { t0, gone, tag } = await a.jsonValue();
      r.acceptMs = Math.max(gone, tag) - t0;
      r.acceptGoneMs = gone - t0;
      r.acceptTagMs = tag - t0;
    } catch (e) {
      r.error = `accept click did not finish (${e.message.split('\n')[0]})`;
    }
  }
  if (c.visit == 'first' && !r.error && cpu == SLOW) {
    // The Accept click's Event Timing duration: its entries (if any reached 16 ms) come before the sentinel's.
    try {
      await page.evaluate(() => window.__bench.armSentinel());
      await page.mouse.click(8, 8);
      await page.waitForFunction(() => window.__bench.events.some((e) => e.sentinel && e.name == 'click'), null, { timeout: TIMEOUT_MS });
      r.inpMs = await page.evaluate(() => window.__bench.interactionMs());
    } catch (e) {
      r.inpError = `no Event Timing entry for the sentinel click (${e.message.split('\n')[0]})`;
    }
  }
  const out = [r];
  if (stressAfter[c.id] && !r.error) {
    // The stress case, on the same settled page: insertions timed by main-thread CPU and by wall clock.
    const before = await cdp.send('Performance.getMetrics');
    const s = await page.evaluate(() => window.__stress());
    const after = await cdp.send('Performance.getMetrics');
    if (s.elements != 5000 || s.scripts != 200) throw new Error(`stress page inserted ${s.elements} elements and ran ${s.scripts} scripts`);
    out.push({ case: stressAfter[c.id], cpu, stressMs: s.ms, stressCpuMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000 });
  }
  if (errors.length) r.pageErrors = errors;
  await context.close();
  r.wallMs = Date.now() - began;
  return out;
}

// BENCH_ONLY=regex keeps only the matching case ids and the floor (for a quick look at one thing; the report then has gaps).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
if (only) {
  cases.splice(0, cases.length, ...cases.filter((c) => c.id == 'none' || only.test(c.id)));
  largeCases.splice(0, largeCases.length, ...largeCases.filter((c) => !c.lib || only.test(c.id)));
}

const results = [];
const rotate = (list, k) => list.map((_, i) => list[(i + k) % list.length]);
for (const cpu of PROFILES) {
  for (let run = 0; run < RUNS; run++) {
    // Interleaved: every case once per round, the order rotated each round.
    const round = cpu == SLOW && run < LARGE_RUNS ? [...cases, ...largeCases] : cases;
    for (const c of rotate(round, run)) results.push(...(await measure(c, cpu)));
    process.stdout.write(`\r${cpu}x CPU: round ${run + 1}/${RUNS} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  process.stdout.write('\n');
}

/**
 * A CPU profile of Consentry's returning visit, throttled: CPU_PROFILES page loads, each from navigation
 * until every allowed tag ran plus the settle time, merged.
 */
async function cpuProfile(c, cpu) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, storageState: returning[c.lib.id] });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${site.url}/blank.html`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await cdp.send('Profiler.start');
  await page.goto(site.url + c.path, { waitUntil: 'load', timeout: TIMEOUT_MS });
  await page.evaluate(untilRan, [taggedServices.length, TIMEOUT_MS]);
  await page.waitForTimeout(SETTLE_MS);
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  return profile;
}
const profiled = cases.find((c) => c.id == 'consentry-return');
const profiles = [];
if (profiled && CPU_PROFILES > 0) {
  for (let i = 0; i < CPU_PROFILES; i++) profiles.push(await cpuProfile(profiled, SLOW));
  process.stdout.write(`CPU profile: ${CPU_PROFILES} loads (${Math.round((Date.now() - started) / 1000)} s)\n`);
}

const chromiumVersion = browser.version();
await browser.close();
await site.close();

/** The profile's top self-time entries, with their place in src/ where the shipped file's source map says. */
let cpu = null;
if (profiles.length) {
  // The page's own scripts (libraries, probe, inline tags); native and harness frames have no URL.
  const all = selfTimeEntries(profiles);
  const top = all.filter((e) => e.url).slice(0, 10);
  const maps = {};
  for (const e of top) {
    const m = /\/lib\/consentry\/([^/?#]+\.js)$/.exec(e.url);
    if (!m) continue;
    if (!(m[1] in maps)) maps[m[1]] = await sourceMapFor(m[1]).catch(() => null);
    e.source = maps[m[1]]?.(e.line, e.column) ?? null;
  }
  const sum = (list) => list.reduce((a, e) => a + e.ms, 0);
  const named = (name) => sum(all.filter((e) => !e.url && e.functionName == name));
  cpu = {
    top,
    loads: profiles.length,
    cpu: SLOW,
    origin: site.url,
    consentryMs: sum(all.filter((e) => e.url.includes('/lib/consentry/'))),
    pageMs: sum(all.filter((e) => e.url)),
    programMs: named('(program)'),
    gcMs: named('(garbage collector)'),
    otherMs: sum(all.filter((e) => !e.url && e.functionName != '(program)' && e.functionName != '(garbage collector)')),
  };
}

const failures = results.filter((r) => r.error || r.inpError || r.pageErrors);
for (const f of failures.slice(0, 10)) console.warn(`[bench] ${f.case} at ${f.cpu}x: ${f.error || f.inpError || ''} ${(f.pageErrors || []).join('; ')}`);

writeFileSync(join(HERE, 'raw-results.json'), JSON.stringify({ results }, null, 1));
const md = renderReport({
  results,
  cases,
  largeCases,
  largeRuns: LARGE_RUNS,
  largeBatches: LARGE_BATCHES,
  slow: SLOW,
  cpu,
  stressCases,
  profiles: PROFILES,
  runs: RUNS,
  chromiumVersion,
  libs,
  seconds: Math.round((Date.now() - started) / 1000),
  hasUi: consentry.hasUi,
  load: [loadAtStart, loadavg()[0]],
  settleMs: SETTLE_MS,
});
writeFileSync(join(HERE, 'results.md'), md);
console.log('\n' + md);
