import { afterEach, describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { exampleConfig, launch, serve } from '../e2e/browser';
import { readSettings } from '../../collector/settings.js';
import { regionFromHeaders } from '../../collector/visitor-region.js';
import { SITE, startCollector } from './helpers';

let c: Awaited<ReturnType<typeof startCollector>>;
afterEach(() => c?.close());

describe('the visitor region from request headers', () => {
  const names = { country: 'cf-ipcountry', subregion: 'cf-region-code' };

  it.each([
    [{ 'cf-ipcountry': 'CN' }, 'CN'],
    [{ 'cf-ipcountry': 'us', 'cf-region-code': 'ca' }, 'US-CA'],
    [{ 'cf-ipcountry': 'US', 'cf-region-code': 'US-CA' }, 'US-CA'],
    [{ 'cf-ipcountry': 'DE', 'cf-region-code': 'Bavaria' }, 'DE'],
    [{ 'cf-ipcountry': 'XX' }, null],
    [{ 'cf-ipcountry': 'T1', 'cf-region-code': 'CA' }, null],
    [{ 'cf-ipcountry': 'CN, DE' }, null],
    [{ 'cf-ipcountry': '<script>' }, null],
    [{}, null],
  ])('%j gives %s', (headers, region) => {
    expect(regionFromHeaders(headers, names)).toBe(region);
  });

  it('is null without a configured header, whatever the request says', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'CN' }, { country: null, subregion: null })).toBeNull();
  });

  it('settings: header names are checked, and a subdivision header needs the country header', () => {
    expect(readSettings({ REGION_HEADER: 'CF-IPCountry', SUBREGION_HEADER: 'cf-region-code' })).toMatchObject({ regionHeader: 'cf-ipcountry', subregionHeader: 'cf-region-code' });
    expect(readSettings({})).toMatchObject({ regionHeader: null, subregionHeader: null });
    expect(() => readSettings({ REGION_HEADER: 'cf ipcountry' })).toThrow(/REGION_HEADER=cf ipcountry: use a header name/);
    expect(() => readSettings({ SUBREGION_HEADER: 'cf-region-code' })).toThrow(/SUBREGION_HEADER: set REGION_HEADER too/);
  });
});

describe('GET /region.js and GET /region', () => {
  /** Runs the script as a page would, after a config script, and returns the config. */
  const run = (script: string) => {
    const window: { consentryConfig?: Record<string, unknown> } = { consentryConfig: { policy: { url: '/privacy', revision: '1' } } };
    runInNewContext(script, { window });
    return window.consentryConfig!;
  };

  it('sets the region the headers give, never cached across visitors, varying on those headers', async () => {
    c = await startCollector({ REGION_HEADER: 'cf-ipcountry', SUBREGION_HEADER: 'cf-region-code' });
    const res = await fetch(c.url + '/region.js', { headers: { 'cf-ipcountry': 'US', 'cf-region-code': 'CA' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('vary')).toBe('cf-ipcountry, cf-region-code');
    const script = await res.text();
    expect(script).toBe('(window.consentryConfig = window.consentryConfig || {}).region = "US-CA";\n');
    expect(run(script)).toEqual({ policy: { url: '/privacy', revision: '1' }, region: 'US-CA' });

    const json = await fetch(c.url + '/region', { headers: { 'cf-ipcountry': 'CN', origin: SITE } });
    expect(await json.json()).toEqual({ region: 'CN' });
    expect(json.headers.get('cache-control')).toBe('private, no-store');
    expect(json.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(json.headers.get('vary')).toBe('cf-ipcountry, cf-region-code, Origin');
  });

  it("sets nothing when the region is unknown: Cloudflare's XX and T1, a value of another shape, no header", async () => {
    c = await startCollector({ REGION_HEADER: 'cf-ipcountry' });
    for (const value of ['XX', 'T1', '"; alert(1); "', null]) {
      const headers: Record<string, string> = value ? { 'cf-ipcountry': value } : {};
      const script = await (await fetch(c.url + '/region.js', { headers })).text();
      expect(run(script), String(value)).not.toHaveProperty('region');
      expect(script).not.toContain('alert');
      expect(await (await fetch(c.url + '/region', { headers })).json()).toEqual({ region: null });
    }
  });

  it('knows no region without REGION_HEADER, and says no Vary', async () => {
    c = await startCollector();
    const res = await fetch(c.url + '/region', { headers: { 'cf-ipcountry': 'CN' } });
    expect(await res.json()).toEqual({ region: null });
    expect(res.headers.get('vary')).toBeNull();
    expect(run(await (await fetch(c.url + '/region.js', { headers: { 'cf-ipcountry': 'CN' } })).text())).not.toHaveProperty('region');
  });
});

describe('/region.js on a static page, in Chromium', () => {
  it("fills the config's region between the config and the gate: the rule follows the visitor's headers", async () => {
    c = await startCollector({ REGION_HEADER: 'cf-ipcountry', SUBREGION_HEADER: 'cf-region-code' });
    const site = await serve({
      '/': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.consentryConfig = ${JSON.stringify({ ...exampleConfig, rules: { CN: 'pipl', 'US-CA': 'us', default: 'gdpr' } })};</script>
<script src="${c.url}/region.js"></script>
<script src="/dist/consentry.js"></script></head><body></body></html>`,
    });
    const browser = await launch();
    try {
      for (const [headers, region, rule] of [
        [{ 'cf-ipcountry': 'CN' }, 'CN', 'pipl'],
        [{ 'cf-ipcountry': 'US', 'cf-region-code': 'CA' }, 'US-CA', 'us'],
        [{ 'cf-ipcountry': 'XX' }, null, 'gdpr'],
      ] as const) {
        const context = await browser.newContext({ extraHTTPHeaders: headers });
        const page = await context.newPage();
        await page.goto(site.url + '/');
        expect(await page.evaluate(() => window.consentry!.get()), JSON.stringify(headers)).toMatchObject({ region, rule });
        await context.close();
      }
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
