// A/B: CPU time (threadTicks) of the returning visit with dist/consentry.js vs /tmp/gate-b.js
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { serveGzip } from './server.mjs';
import { fixturePage } from './fixture.mjs';
import consentry from './libraries/consentry.mjs';
const A = readFileSync('dist/consentry.js'), B = readFileSync(process.argv[2]);
const page0 = fixturePage(consentry);
const files = { '/lib/consentry/consentry.js': A, '/lib/b/consentry.js': B, '/a.html': page0, '/b.html': page0.replace('/lib/consentry/consentry.js', '/lib/b/consentry.js'), '/blank.html': 'x' };
const site = await serveGzip(files);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx0 = await browser.newContext(); const p0 = await ctx0.newPage(); await p0.goto(site.url + '/a.html'); await p0.evaluate('consentry.acceptAll()'); const ck = await ctx0.cookies(); await ctx0.close();
const m = (l, n) => l.metrics.find(x => x.name == n).value * 1000;
const res = { '/a.html': [], '/b.html': [] };
for (let i = 0; i < 10; i++) for (const p of ['/a.html', '/b.html']) {
  const ctx = await browser.newContext(); await ctx.addCookies(ck); const page = await ctx.newPage();
  const a = await ctx.newCDPSession(page);
  await page.goto(site.url + '/blank.html');
  await a.send('Performance.enable', { timeDomain: 'threadTicks' });
  const a0 = await a.send('Performance.getMetrics');
  await page.goto(site.url + p); await page.waitForFunction(() => __bench.ran.length == 5); await page.waitForTimeout(200);
  const a1 = await a.send('Performance.getMetrics');
  res[p].push(m(a1,'ScriptDuration')-m(a0,'ScriptDuration'));
  await ctx.close();
}
for (const k in res) console.log(k, res[k].sort((x, y) => x - y).map(x => x.toFixed(1)).join(' '));
await browser.close(); await site.close();
