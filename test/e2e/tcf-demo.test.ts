import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import { TCString } from '@iabtechlabtcf/core';
import { launch } from './browser';
import { start, type DemoServer } from '../../demo/server.mjs';

describe('the demo /tcf.html page in Chromium', () => {
  let browser: Browser;
  let server: DemoServer;
  let url: string;

  beforeAll(async () => {
    browser = await launch();
    server = await start(0);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  for (const csp of ['', '&csp=strict']) {
    it(`shows the TCF banner on the iCanspk site and stores a TC string${csp ? ' (strict CSP)' : ''}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('console', (m) => m.type() == 'error' && problems.push(m.text()));
      await page.goto(`${url}/tcf.html?lang=en${csp}`);
      const banner = page.locator('consentry-tcf-ui section.banner');
      await expect.poll(() => banner.textContent()).toContain('We and our 5 partners');
      await page.locator('consentry-tcf-ui').getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(async () => (await context.cookies()).find((c) => c.name == 'euconsent-v2')?.value).toBeTruthy();
      const tc = (await context.cookies()).find((c) => c.name == 'euconsent-v2')!.value;
      expect(TCString.decode(tc).vendorListVersion).toBe(101);
      await expect.poll(() => page.locator('[data-ad-slot]').textContent()).not.toContain('No ad');
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
