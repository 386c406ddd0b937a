import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launch } from '../e2e/browser';
import { start, type DemoServer } from '../../demo/server.mjs';
import { startCollector } from './helpers';

const CONFIG = readFileSync(join(import.meta.dirname, '..', '..', 'demo', 'site', 'consentry-config.js'), 'utf8');

/**
 * The iCanspk demo with one line added to its config, `receipts: { endpoint }`, as README tells a site
 * owner: a visitor's click on the banner ends up in the collector's dashboard.
 */
describe('the demo site sends receipts to the collector', () => {
  let browser: Browser;
  let demo: DemoServer;
  let c: Awaited<ReturnType<typeof startCollector>>;
  let origin: string;

  beforeAll(async () => {
    browser = await launch();
    demo = await start(0);
    origin = `http://127.0.0.1:${(demo.address() as AddressInfo).port}`;
    c = await startCollector({ ALLOWED_ORIGINS: origin, RATE_LIMIT: 'off' });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => demo?.close(r));
    await c?.close();
  });

  /** A browser context whose demo config has the one added line. */
  const sendingReceipts = async () => {
    const context = await browser.newContext();
    await context.route(origin + '/site/consentry-config.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: CONFIG + `\nwindow.consentryConfig.receipts = { endpoint: '${c.url}/v1/receipts' };\n` }),
    );
    return context;
  };

  it('stores the decision made in the banner, and the dashboard counts it', async () => {
    const context = await sendingReceipts();
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.getByRole('button', { name: 'Accept all' }).click();
    for (let i = 0; i < 100 && (await c.store.count()) < 1; i++) await new Promise((r) => setTimeout(r, 50));
    const id = await page.evaluate(() => window.consentry!.get().id);
    const [receipt] = (await (await c.admin('/v1/receipts/' + id)).json()).receipts;
    expect(receipt).toMatchObject({ method: 'accept-all', revision: '2020-09-25', categories: { necessary: true, preferences: true, analytics: true, advertising: true }, url: origin + '/' });
    const dash = await (await c.admin('/dashboard')).text();
    expect(dash).toContain('<span class="big">1</span><br>decisions');
    expect(dash).toContain('<span class="big">100%</span><br>accept all');
    await context.close();
  });

  it("keeps the region and the rule of a decision made in China: the receipt of a PIPL consent", async () => {
    const context = await sendingReceipts();
    const page = await context.newPage();
    await page.goto(origin + '/?region=CN');
    const before = await c.store.count();
    const id = await page.evaluate(() => window.consentry!.rejectAll().then((s) => s.id));
    for (let i = 0; i < 100 && (await c.store.count()) <= before; i++) await new Promise((r) => setTimeout(r, 50));
    const [receipt] = (await (await c.admin('/v1/receipts/' + id)).json()).receipts;
    expect(receipt).toMatchObject({ method: 'api', region: 'CN', rule: 'pipl', minor: false, categories: { advertising: false } });
    expect(await (await c.admin('/dashboard')).text()).toContain('<th scope="row">pipl</th>');
    await context.close();
  });
});
