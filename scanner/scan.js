import { launch } from './browser.js';
import { choose, readConsentry } from './consentry-actions.js';
import { hostOf } from './hosts.js';
import { openStep } from './observe.js';
import { ScanError } from './scan-error.js';
import { suggestConfig } from './suggest.js';
import { findings, violations } from './verdicts.js';

export const NO_CONSENTRY = 'no consent library found';
const TITLES = { before: 'before any choice', reject: 'after Reject all', accept: 'after Accept all' };

/** Same-origin links of the page, without fragments, without the page itself, in document order. */
async function linksOf(page) {
  const here = new URL(page.url());
  here.hash = '';
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href)).catch(() => []);
  const out = [];
  for (const href of hrefs) {
    let u;
    try {
      u = new URL(href);
    } catch {
      continue;
    }
    u.hash = '';
    if (u.origin == here.origin && u.href != here.href && !out.includes(u.href)) out.push(u.href);
  }
  return out;
}

async function step(browser, url, options, run) {
  const s = await openStep(browser, url, options);
  try {
    try {
      await s.load();
    } catch (e) {
      throw new ScanError(`Could not load ${url}: ${String(e.message).split('\n')[0]}`);
    }
    await s.quiet();
    return await run(s);
  } finally {
    await s.close();
  }
}

const skipped = () => ({ skipped: NO_CONSENTRY, choice: null, cookies: [], storage: [], requests: [], consentryErrors: [], settled: true });

/** The three steps on one page, each in a fresh browser context. */
async function scanPage(browser, url, options, say) {
  let consentry = null;
  let links = [];
  let screenshot = null;
  let host = '';
  say('before');
  const before = await step(browser, url, options, async (s) => {
    consentry = await readConsentry(s.page);
    host = hostOf(s.page.url());
    links = await linksOf(s.page);
    if (options.screenshot) screenshot = await s.page.screenshot({ type: 'png' });
    return { choice: null, ...(await s.observe(0)) };
  });
  const steps = { before };
  for (const name of ['reject', 'accept']) {
    if (!consentry) {
      steps[name] = skipped();
      continue;
    }
    say(name);
    steps[name] = await step(browser, url, options, async (s) => {
      const mark = s.mark();
      const choice = await choose(s.page, name);
      // What the choice caused, then a page view with the choice stored.
      await s.quiet();
      await s.reload();
      await s.quiet();
      return { choice, ...(await s.observe(mark)) };
    });
  }
  return { result: { url, host, consentry, steps }, links, screenshot };
}

/**
 * Scans `url` (and up to `pages` same-origin links found on it): before any choice, after "Reject all",
 * after "Accept all", each in a fresh browser context. Returns the observations, the violations, the
 * other findings, a suggested `services` config and a PNG screenshot of the first page before any choice.
 * @type {typeof import('./scan').scan}
 */
export async function scan(url, options = {}) {
  const { chromium, pages = 0, route, settle = 1000, timeout = 15000, catalogue = {}, progress = () => {} } = options;
  let start;
  try {
    start = new URL(url);
  } catch {
    throw new ScanError(`Not a URL: ${url}. Give a full address such as https://example.com/`);
  }
  if (start.protocol != 'http:' && start.protocol != 'https:') throw new ScanError(`Only http and https pages can be scanned, not ${start.protocol}`);
  const browser = options.browser || (await launch(chromium));
  try {
    const results = [];
    const queue = [start.href];
    let screenshot = null;
    for (let i = 0; i < queue.length; i++) {
      const say = (name) => progress(`[page ${i + 1}] ${queue[i]}: ${TITLES[name]}`);
      const page = await scanPage(browser, queue[i], { route, settle, timeout, screenshot: i == 0 }, say);
      if (i == 0) {
        queue.push(...page.links.slice(0, Math.max(0, pages)));
        screenshot = page.screenshot;
        const n = page.links.length;
        if (pages > 0) progress(`${n} same-origin link${n == 1 ? '' : 's'} on ${queue[0]}; scanning ${queue.length - 1}`);
      }
      results.push(page.result);
    }
    const now = Date.now();
    return {
      pages: results,
      violations: violations(results, catalogue),
      suggestedConfig: suggestConfig(results, catalogue, now),
      findings: findings(results),
      screenshot,
    };
  } finally {
    if (!options.browser) await browser.close();
  }
}

/** The report as `--json` prints it: pages (url and steps), violations, the suggested config, findings. */
export function toJSON(report) {
  return {
    pages: report.pages.map(({ url, steps }) => ({ url, steps })),
    violations: report.violations,
    suggestedConfig: report.suggestedConfig,
    findings: report.findings,
  };
}
