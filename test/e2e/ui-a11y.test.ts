import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, serve, type Site } from './browser';
import { uiConfig, uiPage } from './ui-helpers';

const AXE = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's WCAG 2.x A/AA rules and best practices; returns violations as `rule: target` lines. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const { violations } = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

/** Waits until the UI's entrance animation is over, so colours are measured at full opacity. */
const settled = (page: Page) =>
  page.waitForFunction(() => {
    const root = document.querySelector('consentry-ui')?.shadowRoot;
    return !!root && root.getAnimations().every((a) => a.playState == 'finished');
  });

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
