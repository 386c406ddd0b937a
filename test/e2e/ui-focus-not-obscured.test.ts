import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { exampleConfig, gatePage, launch, serve, type Site } from './browser';

// WCAG 2.2, 2.4.11 Focus Not Obscured: while the banner bar is open, a keyboard user tabbing through the page
// must never have the focused element hidden behind it, wherever the page can scroll it clear.
const spacer = '<div style="height: 600px"></div>';
const links = spacer + Array.from({ length: 40 }, (_, i) => `<p><a id="l${i}" href="#l${i}">Link ${i}</a></p>`).join('') + spacer;

describe('the banner bar and the focused element', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      '/': gatePage(exampleConfig, links),
      '/top': gatePage({ ...exampleConfig, ui: { layout: 'bar-top' } }, links),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const path of ['/', '/top']) {
    it(`keeps every focused link clear of the bar (${path == '/' ? 'bottom' : 'top'})`, async () => {
      const page = await browser.newPage({ viewport: { width: 800, height: 500 } });
      await page.goto(site.url + path);
      const bar = page.locator('consentry-ui .banner');
      await bar.waitFor();
      const barBox = (await bar.boundingBox())!;
      // Tabbing down brings links in at the bottom edge, Shift+Tab up brings them in at the top edge.
      const down = path == '/';
      await page.focus(down ? '#l0' : '#l39');
      for (let i = 1; i < 40; i++) {
        await page.keyboard.press(down ? 'Tab' : 'Shift+Tab');
        const id = await page.evaluate(() => document.activeElement!.id);
        if (!id) break; // past the last link
        const box = (await page.locator('#' + id).boundingBox())!;
        if (path == '/') expect(box.y + box.height, id).toBeLessThanOrEqual(barBox.y + 1);
        else expect(box.y, id).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
      }
      await page.evaluate(() => window.consentry!.rejectAll('reject-all'));
      await page.waitForFunction(() => !document.documentElement.style.scrollPaddingBottom && !document.documentElement.style.scrollPaddingTop);
      await page.close();
    });
  }
});
