import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { fakePartners, gatePage, launch, serve, type Site } from './browser';
import { blockerConfig } from './blocker-fixtures';

// The stress case: a page that inserts 5,000 elements by script (every 10th an image, every 50th a script),
// timed with and without the blocker, including the MutationObserver work that follows.
const stress = `<div id="root"></div><script>
window.stress = async function () {
  const root = document.getElementById('root');
  root.textContent = '';
  const t0 = performance.now();
  for (let i = 0; i < 5000; i++) {
    const tag = i % 50 == 0 ? 'script' : i % 10 == 0 ? 'img' : 'div';
    const el = document.createElement(tag);
    if (tag == 'img') { el.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; el.alt = ''; }
    else if (tag == 'script') el.text = 'window.n = (window.n || 0) + 1';
    else { el.className = 'row'; el.setAttribute('data-i', String(i)); el.textContent = 'row ' + i; }
    if (i % 2) root.appendChild(el); else root.append(el);
  }
  await new Promise((r) => setTimeout(r));
  return performance.now() - t0;
};
</script>`;

describe('cost of the blocker', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      '/with': gatePage(blockerConfig, stress, '<script src="/dist/consentry-blocker.js"></script>'),
      '/without': gatePage(blockerConfig, stress),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('inserting 5,000 elements stays fast with the blocker', async () => {
    const median = async (path: string) => {
      const context = await browser.newContext();
      await fakePartners(context);
      const page = await context.newPage();
      await page.goto(site.url + path);
      const runs: number[] = [];
      for (let i = 0; i < 7; i++) runs.push(await page.evaluate(() => (window as unknown as { stress: () => Promise<number> }).stress()));
      await context.close();
      return runs.sort((a, b) => a - b)[3];
    };
    const without = await median('/without');
    const withBlocker = await median('/with');
    console.info(`5,000 inserted elements, median of 7: ${without.toFixed(1)} ms without the blocker, ${withBlocker.toFixed(1)} ms with it`);
    // Generous bound: the point is to catch a regression to per-element work that grows with the page.
    expect(withBlocker).toBeLessThan(without * 2 + 30);
  });
});
