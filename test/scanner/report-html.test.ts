import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, serve, type Site } from '../e2e/browser';
import { htmlReport } from '../../scanner/report-html.js';
import { scan } from '../../scanner/scan.js';
import { catalogue, EVIL_KEY, leakySite, partners } from './fixtures';

// UPDATE_SCREENSHOTS=1 writes the README's screenshot into docs/; otherwise it goes to a temp folder.
const SHOTS = process.env.UPDATE_SCREENSHOTS ? join(import.meta.dirname, '..', '..', 'docs') : join(tmpdir(), 'consentry-shots');

describe('the HTML report, opened in Chromium', () => {
  let browser: Browser;
  let site: Site;
  let dir: string;
  let page: Page;
  const requests: string[] = [];
  let file: string;
  let csp: string | undefined;

  beforeAll(async () => {
    browser = await launch();
    site = await serve({ '/': leakySite });
    dir = mkdtempSync(join(tmpdir(), 'consentry-report-'));
    const report = await scan(site.url + '/', { browser, route: partners(), catalogue, settle: 500 });
    const html = htmlReport(report, { catalogue, date: new Date('2026-01-15T09:30:00Z') });
    // Its Content-Security-Policy would hide a request to elsewhere: the markup is checked without it.
    csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    file = join(dir, 'report.html');
    writeFileSync(file, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads nothing but itself, and forbids itself to', async () => {
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    // The screenshot is decoded by then: the load event waits for images.
    expect(await page.locator('img').evaluateAll((imgs) => imgs.map((i) => [(i as HTMLImageElement).complete, (i as HTMLImageElement).naturalWidth > 0]))).toEqual([[true, true]]);
    expect(requests).toEqual([pathToFileURL(file).href]);
  });

  it('shows the three steps side by side', async () => {
    const steps = page.locator('.step');
    expect(await steps.locator('h3').allTextContents()).toEqual(['Before any choice', 'After "Reject all"', 'After "Accept all"']);
    const boxes = await steps.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y })));
    expect(boxes[0].y).toBe(boxes[1].y);
    expect(boxes[1].y).toBe(boxes[2].y);
    expect(boxes[0].x).toBeLessThan(boxes[1].x);
    expect(boxes[1].x).toBeLessThan(boxes[2].x);
    expect(await steps.nth(1).locator('.how').textContent()).toBe('clicked on the banner');
    expect(await steps.nth(0).locator('.bad', { hasText: 'tag.other.test' }).count()).toBe(1);
  });

  it('shows the banner screenshot as a data: URL, the suggested config, and page text as text', async () => {
    expect(await page.locator('img.shot').getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    const config = await page.locator('pre').textContent();
    expect(config).toContain("  'tag-co': {\n    category: 'advertising',");
    expect(config).toContain("category: 'unknown—choose', // not in the catalogue");
    // The partner's storage key is markup; it shows as text and made no element.
    expect(await page.getByText(`localStorage.${EVIL_KEY}`).count()).toBe(3);
    expect(await page.locator('img').count()).toBe(1);
  });

  it('makes the README screenshot', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const png = await page.screenshot({ path: join(SHOTS, 'scanner-report.png') });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});
