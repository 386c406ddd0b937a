import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serve, type Site } from './browser';
import { state, uiPage } from './ui-helpers';

// A decision the gate cannot record (consentry-engine.js does not load) must not look recorded: the
// banner stays with an alert, and the next try, once the file is there again, works.
describe('a choice that could not be saved, in Chromium', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    browser = await launch();
    site = await serve({ '/': uiPage() });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('keeps the banner with an alert while the engine answers 404, and records the next try once it loads', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const engine = `${site.url}/dist/consentry-engine.js`;
    const asked: number[] = [];
    await page.route(engine, (route) => {
      asked.push(404);
      return route.fulfill({ status: 404, body: 'not found' });
    });
    await page.goto(site.url);
    const banner = page.getByRole('region', { name: 'Your privacy choices' });
    await banner.getByRole('button', { name: 'Accept all' }).click();
    const alert = banner.getByRole('alert');
    await alert.waitFor({ timeout: 5000 });
    expect(await alert.textContent()).toBe('Your choice could not be saved. Please try again.');
    expect(asked.length).toBeGreaterThan(0);
    expect((await state(page)).given).toBe(false);
    expect((await context.cookies()).find((c) => c.name == 'consentry')).toBe(undefined);

    // The file is served again; the gate loads it on the next decision.
    await page.unroute(engine);
    await banner.getByRole('button', { name: 'Accept all' }).click();
    await banner.waitFor({ state: 'detached' });
    // The UI closes at once; the gate records the choice when the engine has arrived.
    await page.waitForFunction(() => window.consentry!.get().given);
    expect(await banner.count()).toBe(0);
    const s = await state(page);
    expect([s.given, s.method, s.categories.advertising]).toEqual([true, 'accept-all', true]);
    expect((await context.cookies()).find((c) => c.name == 'consentry')?.value).toMatch(/^3\./);
    await context.close();
  });
});
