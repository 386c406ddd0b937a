import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serve, type Site } from './browser';
import { uiConfig, uiPage } from './ui-helpers';

// UPDATE_SCREENSHOTS=1 writes the README's screenshots into docs/; otherwise they go to a temp folder.
const OUT = process.env.UPDATE_SCREENSHOTS ? join(import.meta.dirname, '..', '..', 'docs') : join(tmpdir(), 'consentry-shots');

const article = `<main style="font:16px/1.6 Georgia,serif;max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1>iCanspk</h1><p>Practise speaking with friends around the world.</p><p>${'Lorem ipsum dolor sit amet. '.repeat(30)}</p></main>`;

describe('screenshots of the UI in Chromium', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    browser = await launch();
    site = await serve({ '/': uiPage(uiConfig, 'en').replace('<main>', article + '<main hidden>') });
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('takes the banner and the open preferences', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.locator('consentry-ui .banner').waitFor();
    const banner = await page.screenshot();
    await page.locator('consentry-ui [data-action=customize]').click();
    await page.locator('consentry-ui .prefs').waitFor();
    await page.locator('consentry-ui .prefs [role=switch]').first().click();
    await page.locator('consentry-ui .prefs').focus();
    const prefs = await page.screenshot();
    for (const [name, png] of [['banner.png', banner], ['preferences.png', prefs]] as const) {
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      writeFileSync(join(OUT, name), png);
    }
    await context.close();
  });
});
