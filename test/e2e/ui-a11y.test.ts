import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serve, type Site } from './browser';
import { axe, settled, uiConfig, uiPage } from './ui-helpers';

describe('accessibility of the UI in Chromium (axe-core)', () => {
  let browser: Browser;
  let site: Site;

  beforeAll(async () => {
    browser = await launch();
    site = await serve({ '/': uiPage(), '/zh.html': uiPage(uiConfig, 'zh-CN'), '/tw.html': uiPage(uiConfig, 'zh-TW') });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const [lang, path] of [['English', '/'], ['Simplified Chinese', '/zh.html'], ['Traditional Chinese', '/tw.html']]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`finds nothing on the banner and the open preferences: ${lang}, ${colorScheme}`, async () => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(site.url + path);
        const banner = page.locator('consentry-ui .banner');
        await banner.waitFor();
        await settled(page);
        // The theme really follows the colour scheme.
        const bg = await banner.evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(bg).toBe(colorScheme == 'dark' ? 'rgb(29, 30, 34)' : 'rgb(255, 255, 255)');
        expect(await axe(page)).toEqual([]);
        await page.locator('consentry-ui [data-action=customize]').click();
        await page.locator('consentry-ui .prefs').waitFor();
        await settled(page);
        expect(await axe(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
