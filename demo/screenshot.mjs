// Regenerates docs/demo.png: the demo after "Accept all" in the banner, with the marketer panel open.
// Usage: npm run build && node demo/screenshot.mjs   (Chromium from CHROMIUM_PATH or /usr/bin/chromium)
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { start } from './server.mjs';

const server = await start(0);
const url = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${url}/?panel=open`);
  await page.locator('consentry-ui').getByRole('button', { name: 'Accept all' }).click();
  await page.waitForFunction(() => new Set(window.demoLog.partners.map((p) => p.service)).size == 5);
  await page.waitForTimeout(600); // the panel's cookie list refreshes twice a second
  await page.evaluate(() => document.querySelector('[data-section="events"]').scrollIntoView());
  await page.screenshot({ path: fileURLToPath(new URL('../docs/demo.png', import.meta.url)) });
} finally {
  await browser.close();
  server.close();
}
