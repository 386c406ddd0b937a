import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { exampleConfig, gatePage, launch, serve, type Site } from './browser';

describe('the floating settings button', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      '/': gatePage(exampleConfig, '<main><h1>Page</h1></main>'),
      '/zh': gatePage(exampleConfig, '<p>页面</p>').replace('<html lang="en">', '<html lang="zh-CN">'),
      '/off': gatePage({ ...exampleConfig, ui: { settingsButton: false } }, '<p>x</p>'),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('appears once a choice exists, and reopens the preferences by keyboard alone', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(site.url);
    expect(await page.locator('[data-consentry=settings] button').count()).toBe(0);
    await page.evaluate(() => window.consentry!.rejectAll());
    await page.reload();
    const button = page.getByRole('button', { name: 'Cookie settings' });
    await button.waitFor();
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-consentry'))).toBe('settings');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await page.getByRole('dialog').getAttribute('aria-modal')).toBe('true');
  });

  it('speaks the page language, and can be turned off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + '/zh');
    await page.evaluate(() => window.consentry!.rejectAll());
    await page.reload();
    await page.getByRole('button', { name: 'Cookie 设置' }).waitFor();
    const loads = () => site.requests.filter((r) => r == '/dist/consentry-settings-button.js').length;
    const before = loads();
    await page.goto(site.url + '/off');
    await page.waitForFunction(() => window.consentry?.get().given);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    expect(await page.locator('[data-consentry=settings]').count()).toBe(0);
    // Turned off, its file is not even requested.
    expect(loads()).toBe(before);
  });

  it('is a file of its own, loaded after the page has parsed; a missing one says how to fix it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    await page.evaluate(() => window.consentry!.rejectAll());
    await context.route('**/consentry-settings-button.js', (r) => r.fulfill({ status: 404, body: '' }));
    const errors: string[] = [];
    page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
    await page.reload();
    await expect.poll(() => errors.join('\n')).toContain('keep consentry-settings-button.js next to consentry.js, or set ui.settingsButton: false');
    // The page and the choice are unaffected.
    expect(await page.evaluate(() => window.consentry!.get().method)).toBe('api');
    await context.close();
  });
});
