import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serve, type Site } from '../e2e/browser';
import { NO_CONSENTRY, scan, toJSON, type Report } from '../../scanner/scan.js';
import { servicesLiteral } from '../../scanner/config-literal.js';
import { textReport } from '../../scanner/report-text.js';
import { UNKNOWN } from '../../scanner/suggest.js';
import { bareSite, catalogue, correctSite, EVIL_KEY, leakySite, misconfiguredSite, partners } from './fixtures';

describe('scan() on local fixture sites, partner hosts answered in the browser', () => {
  let browser: Browser;
  let site: Site;
  const partnerLog: string[] = [];
  const run = (path: string) => scan(site.url + path, { browser, route: partners(partnerLog), catalogue, settle: 500 });

  beforeAll(async () => {
    browser = await launch();
    site = await serve({ '/correct': correctSite, '/leaky': leakySite, '/bare': bareSite, '/misconfigured': misconfiguredSite });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('finds nothing to fix on a site set up correctly, and sees what consent releases', async () => {
    partnerLog.length = 0;
    const report = await run('/correct');
    const json = toJSON(report);
    expect(Object.keys(json)).toEqual(['pages', 'violations', 'suggestedConfig', 'findings']);
    expect(json.violations).toEqual([]);
    const { before, reject, accept } = json.pages[0].steps;
    for (const s of [before, reject, accept]) expect(Object.keys(s)).toEqual(expect.arrayContaining(['cookies', 'storage', 'requests']));
    expect(before.requests).toEqual([]);
    expect(before.cookies).toEqual([]);
    expect(reject.choice).toEqual({ by: 'banner' });
    expect(reject.requests).toEqual([]);
    expect(reject.cookies.map((c) => c.name)).toEqual(['consentry']);
    expect(reject.cookies[0].setBy).toEqual({ via: 'script', url: `${site.url}/dist/consentry-engine.js` });
    // The sentinel that the scanner can see partners at all: after "Accept all" the inert tag ran.
    expect(accept.choice).toEqual({ by: 'banner' });
    expect(accept.requests.map((r) => [r.url, r.type])).toEqual(
      expect.arrayContaining([
        ['https://stats.partner.test/s.js', 'script'],
        ['https://stats.partner.test/hit.gif', 'image'],
      ]),
    );
    expect(accept.cookies.find((c) => c.name == '_st')).toMatchObject({ domain: '127.0.0.1', path: '/', setBy: { via: 'script', url: 'https://stats.partner.test/s.js' } });
    expect(partnerLog.filter((u) => u == 'https://stats.partner.test/s.js')).toHaveLength(2); // accept, then the reload

    expect(json.suggestedConfig).toEqual({
      services: {
        stats: {
          category: 'analytics',
          hosts: ['stats.partner.test'],
          cookies: [
            { name: '_st', lifetime: { months: 13 } },
            { name: '/^_st_/', lifetime: 'session' },
          ],
          policyAnchor: '',
        },
      },
    });
    expect(json.findings).toEqual({ consentryErrors: [], unseenServices: [{ service: 'video', category: 'preferences' }], unlisted: { hosts: [], cookies: [] } });
  });

  it('flags the pixel, the partner script, its cookie and its storage, before consent and after "Reject all"', async () => {
    const report = await run('/leaky');
    const page = `${site.url}/leaky`;
    const leaks = (step: string) => [
      { page, step, kind: 'cookie', name: '_tg', initiator: 'https://tag.other.test/t.js' },
      { page, step, kind: 'cookie', name: '_ut', initiator: 'https://px.unknown-tracker.test/frame.html' },
      { page, step, kind: 'storage', name: EVIL_KEY, initiator: 'https://tag.other.test/t.js' },
      { page, step, kind: 'storage', name: 'tg_id', initiator: 'https://tag.other.test/t.js' },
      { page, step, kind: 'request', host: 'ads.partner.test', initiator: page },
      { page, step, kind: 'request', host: 'px.unknown-tracker.test', initiator: page },
      { page, step, kind: 'request', host: 'tag.other.test', initiator: page },
    ];
    // Not there: the site's own session cookie and storage key, Consentry's cookie and key, the necessary captcha.
    expect(report.violations).toEqual([...leaks('before'), ...leaks('reject')]);
    const before = report.pages[0].steps.before;
    expect(before.requests.map((r) => r.host)).toContain('www.captcha.test');
    expect(before.cookies.find((c) => c.name == 'sid')!.setBy).toEqual({ via: 'set-cookie', host: '127.0.0.1', url: page });
    expect(before.storage.find((s) => s.key == 'site_pref')).toEqual({ area: 'localStorage', key: 'site_pref', setBy: page });

    expect(report.suggestedConfig).toEqual({
      services: {
        captcha: { category: 'necessary', hosts: ['www.captcha.test/recaptcha/'], cookies: [], policyAnchor: '' },
        ads: { category: 'advertising', hosts: ['ads.partner.test'], cookies: ['_adp'], policyAnchor: '' },
        'tag-co': { category: 'advertising', hosts: ['tag.other.test'], cookies: [{ name: '_tg', lifetime: { days: 90 } }], policyAnchor: '' },
        '127.0.0.1': { category: UNKNOWN, hosts: [], cookies: [{ name: 'sid', lifetime: 'session' }], policyAnchor: '' },
        'unknown-tracker.test': { category: UNKNOWN, hosts: ['unknown-tracker.test'], cookies: [{ name: '_ut', lifetime: { months: 1 } }], policyAnchor: '' },
      },
    });
    expect(report.findings).toEqual({
      // The page lists hosts but loads no blocker: Consentry itself says why the pixel got through.
      consentryErrors: [expect.objectContaining({ step: 'before', text: expect.stringMatching(/^\[consentry\] services list hosts, but automatic blocking is not on this page/) })],
      unseenServices: [],
      unlisted: { hosts: ['px.unknown-tracker.test', 'tag.other.test', 'www.captcha.test'], cookies: ['_tg', '_ut', 'sid'] },
    });
  });

  it('on a site without a consent library, reports what one would have to hold back and clicks nothing', async () => {
    const report = await run('/bare');
    const page = `${site.url}/bare`;
    expect(report.violations).toEqual([
      { page, step: 'before', kind: 'cookie', name: '_tg', initiator: 'https://tag.other.test/t.js' },
      { page, step: 'before', kind: 'storage', name: EVIL_KEY, initiator: 'https://tag.other.test/t.js' },
      { page, step: 'before', kind: 'storage', name: 'tg_id', initiator: 'https://tag.other.test/t.js' },
      { page, step: 'before', kind: 'request', host: 'ads.partner.test', initiator: page },
      { page, step: 'before', kind: 'request', host: 'tag.other.test', initiator: page },
    ]);
    const skipped = { skipped: NO_CONSENTRY, choice: null, cookies: [], storage: [], requests: [], consentryErrors: [], settled: true };
    expect(report.pages[0].steps.reject).toEqual(skipped);
    expect(report.pages[0].steps.accept).toEqual(skipped);
    expect(report.suggestedConfig).toEqual({
      services: {
        'tag-co': { category: 'advertising', hosts: ['tag.other.test'], cookies: [{ name: '_tg', lifetime: { days: 90 } }], policyAnchor: '' },
        'partner.test': { category: UNKNOWN, hosts: ['partner.test'], cookies: [], policyAnchor: '' },
      },
    });
    expect(textReport(report)).toContain('Consentry: no consent library found');
  });

  it("passes on Consentry's console errors about the config", async () => {
    const report = await run('/misconfigured');
    expect(report.findings.consentryErrors[0]).toEqual({
      page: `${site.url}/misconfigured`,
      step: 'before',
      text: expect.stringContaining('[consentry] config.services.chat.category must be one of: necessary, preferences, analytics, advertising'),
    });
    expect(report.findings.unseenServices).toEqual([{ service: 'chat', category: 'support' }]);
  });

  describe('the reports of a scan', () => {
    let report: Report;
    beforeAll(async () => {
      report = await run('/leaky');
    }, 120000);

    it('prints a services literal that is the suggested config, as JS the owner can paste', () => {
      const literal = servicesLiteral(report.suggestedConfig, catalogue);
      expect(runInNewContext(`({${literal}})`)).toEqual(report.suggestedConfig);
      expect(literal).toContain("category: 'unknown—choose', // not in the catalogue: choose");
      expect(literal).toContain('// Tag Co (IE), https://tag.other.test/privacy');
    });

    it('reads as text: steps, violations with initiators, what is not in the config, the config to paste', () => {
      const text = textReport(report, { catalogue });
      expect(text).toContain('After "Reject all" (clicked on the banner)');
      expect(text).toContain('cookie _tg  (by https://tag.other.test/t.js)');
      expect(text).toContain(`request to ads.partner.test  (by ${site.url}/leaky)`);
      expect(text).toContain('  hosts: px.unknown-tracker.test, tag.other.test, www.captcha.test');
      expect(text).toContain("  'tag-co': {");
    });
  });
});
