import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TCString } from '@iabtechlabtcf/core';
import { launch, serve, type Site } from './browser';
import { AD_FRAME, tcfConfig, tcfPage, translation, vendorList } from './tcf-fixtures';

type Log = { status: string; ok: boolean; tcString: string; ac?: string };
const ids = (v: { forEach(fn: (value: boolean, id: number) => void): void }) => {
  const out: number[] = [];
  v.forEach((on, id) => on && out.push(id));
  return out;
};

describe('IAB TCF in Chromium', () => {
  let browser: Browser;
  let site: Site;
  let context: BrowserContext;
  let tab: Page;
  let errors: string[];
  const tcfEvents = () => tab.evaluate(() => (window as unknown as { tcf: { events: Log[] } }).tcf.events.map((e) => e.status));
  const cookie = async (name: string) => (await context.cookies()).find((c) => c.name == name);
  const tcString = async () => (await cookie('euconsent-v2'))?.value;
  const ui = () => tab.locator('consentry-tcf-ui');

  beforeAll(async () => {
    browser = await launch();
    site = await serve({
      '/tcf/vendor-list.json': { body: JSON.stringify(vendorList()), type: 'application/json' },
      '/tcf/purposes-zh-hant.json': { body: translation('zh-hant'), type: 'application/json' },
      '/': tcfPage(tcfConfig),
      '/ad.html': AD_FRAME,
      '/zh': tcfPage(tcfConfig, '', 'zh-Hant'),
      '/no-id': tcfPage({ ...tcfConfig, tcf: { ...tcfConfig.tcf, cmpId: 0 } }),
    });
    // localhost and 127.0.0.1 are different origins: the ad frame is cross-origin.
    site.page('/with-ad', tcfPage(tcfConfig, `<iframe title="ad" src="${site.url.replace('127.0.0.1', 'localhost')}/ad.html"></iframe>`));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext();
    tab = await context.newPage();
    errors = [];
    await tab.addInitScript(() => addEventListener('consentry:ready', () => ((window as unknown as { isReady: boolean }).isReady = true)));
    tab.on('console', (m) => m.type() == 'error' && m.text().startsWith('[consentry]') && errors.push(m.text()));
  });

  it('first visit: the stub answers before the CMP, the banner names the vendors, and the TC string holds the clicks', async () => {
    await tab.goto(site.url + '/');
    const ping = await tab.evaluate(() => (window as unknown as { tcf: { ping: Record<string, unknown> } }).tcf.ping);
    expect(ping).toMatchObject({ cmpLoaded: false, cmpStatus: 'stub', gdprApplies: true, apiVersion: '2' });
    const banner = ui().locator('section.banner');
    await expect.poll(() => banner.textContent()).toContain('We and our 6 partners');
    await ui().getByRole('button', { name: 'Manage options' }).click();
    const dialog = ui().locator('dialog[open]');
    await dialog.waitFor();
    await dialog.getByRole('switch', { name: 'Store and/or access information on a device Consent' }).click();
    await dialog.getByRole('switch', { name: 'Create profiles for personalised advertising Consent' }).click();
    await dialog.getByRole('switch', { name: 'Use profiles to select personalised advertising Consent' }).click();
    await dialog.getByRole('switch', { name: 'Fixture Ad Server Consent' }).click();
    await dialog.getByRole('switch', { name: 'Fixture Measurement Object to legitimate interest' }).click();
    await dialog.getByRole('switch', { name: 'Develop and improve services Object to legitimate interest' }).click();
    await dialog.getByRole('switch', { name: 'Fixture ATP One Consent' }).click();
    await dialog.getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(tcString).toBeTruthy();
    const m = TCString.decode((await tcString())!);
    expect(m.cmpId).toBe(12);
    expect(m.cmpVersion).toBe(3);
    expect(+m.policyVersion).toBe(5);
    expect(m.isServiceSpecific).toBe(true);
    expect(m.publisherCountryCode).toBe('DE');
    expect(m.consentLanguage).toBe('EN');
    expect(m.vendorListVersion).toBe(101);
    expect(ids(m.purposeConsents)).toEqual([1, 3, 4]);
    expect(ids(m.vendorConsents)).toEqual([10]);
    expect(ids(m.vendorsDisclosed)).toEqual([10, 20, 30, 40]);
    expect(ids(m.purposeLegitimateInterests)).toEqual([7, 9]);
    // Vendor 20 objected to; 10 and 40 keep the bit for their special purposes (the IAB encoder keeps it, per TCF policy).
    expect(ids(m.vendorLegitimateInterests)).toEqual([10, 30, 40]);
    expect((await cookie('addtl_consent'))?.value).toBe('2~89~dv.1301');
    expect(await tcfEvents()).toEqual(['cmpuishown', 'useractioncomplete']);
    const tcf = await tab.evaluate(() => window.consentry!.get().tcf);
    expect(tcf).toMatchObject({ tcString: await tcString(), addtlConsent: '2~89~dv.1301', cmpId: 12, policyVersion: 5, vendorListVersion: 101 });
    expect(tcf!.purposes).toMatchObject({ 1: true, 2: false, 3: true, 4: true, 7: false });
    expect(tcf!.vendors).toEqual({ 10: true, 20: false, 30: false, 40: false });
    const updates = await tab.evaluate(() =>
      (window as unknown as { dataLayer: IArguments[] }).dataLayer.filter((e) => e[0] == 'consent' && e[1] == 'update').map((e) => e[2]),
    );
    expect(updates.at(-1)).toMatchObject({ ad_storage: 'granted', ad_user_data: 'denied', ad_personalization: 'granted', analytics_storage: 'denied' });
    expect(errors).toEqual([]);
  });

  /** A first visit that consents to everything, leaving the cookies for the next page view. */
  const acceptAll = async (path = '/') => {
    await tab.goto(site.url + path);
    await ui().getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(tcString).toBeTruthy();
    return (await tcString())!;
  };
  /** Resolves once the gate announced `ready` (it waits for the CMP): the page's state is settled. */
  const whenReady = () =>
    tab.evaluate(() => new Promise<void>((r) => (window as unknown as { isReady?: boolean }).isReady ? r() : addEventListener('consentry:ready', () => r())));

  it('accept all: every purpose, vendor, special feature and ATP; Consent Mode all granted; inert tags run', async () => {
    const tc = await acceptAll();
    const m = TCString.decode(tc);
    expect(ids(m.purposeConsents)).toEqual([1, 2, 3, 4, 7, 8, 9]);
    expect(ids(m.vendorConsents)).toEqual([10, 20, 30]);
    expect(ids(m.specialFeatureOptins)).toEqual([1, 2]);
    expect((await cookie('addtl_consent'))?.value).toBe('2~89.1301~dv.');
    expect(await tab.evaluate(() => [!!(window as unknown as { adTag?: boolean }).adTag, window.consentry!.allowed('advertising'), window.consentry!.allowed('analytics')])).toEqual([true, true, true]);
    const update = await tab.evaluate(() => (window as unknown as { dataLayer: IArguments[] }).dataLayer.filter((e) => e[1] == 'update').at(-1)![2]);
    expect(update).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' });
    const consent = await tab.evaluate(() => (window as unknown as { dataLayer: Array<{ event?: string; consentry?: { tcf?: { tcString: string } } }> }).dataLayer.filter((e) => e.event == 'consentry_consent').at(-1));
    expect(consent!.consentry!.tcf!.tcString).toBe(tc);
  });

  it('reject all: no consent, every legitimate interest objected, Consent Mode denied, inert tags stay inert', async () => {
    await tab.goto(site.url + '/');
    await ui().getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(tcString).toBeTruthy();
    const m = TCString.decode((await tcString())!);
    expect([ids(m.purposeConsents), ids(m.vendorConsents), ids(m.purposeLegitimateInterests), ids(m.vendorLegitimateInterests)]).toEqual([[], [], [], []]);
    expect(ids(m.vendorsDisclosed)).toEqual([10, 20, 30, 40]);
    expect((await cookie('addtl_consent'))?.value).toBe('2~~dv.89.1301');
    // The decision has been applied when its snapshot is there: a tag allowed by it would have run inside.
    await expect.poll(() => tab.evaluate(() => window.consentry!.get().given)).toBe(true);
    expect(await tab.evaluate(() => !!(window as unknown as { adTag?: boolean }).adTag)).toBe(false);
    const update = await tab.evaluate(() => (window as unknown as { dataLayer: IArguments[] }).dataLayer.filter((e) => e[1] == 'update').at(-1)![2]);
    expect(update).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  });

  it('returning visit: the stored TC string answers with tcloaded, without the banner; reopening gives cmpuishown then useractioncomplete', async () => {
    const tc = await acceptAll();
    const before = site.requests.length;
    await tab.goto(site.url + '/');
    await whenReady();
    await expect.poll(tcfEvents).toEqual(['tcloaded']);
    expect(await tab.evaluate(() => (window as unknown as { tcf: { events: Log[] } }).tcf.events[0].tcString)).toBe(tc);
    expect(await tab.evaluate(() => window.consentry!.get().tcf?.tcString)).toBe(tc);
    // ready has been announced and the CMP answered: the banner would have been asked for by now.
    expect(await ui().count()).toBe(0);
    expect(site.requests.slice(before).filter((r) => r.includes('consentry-tcf-ui.js'))).toEqual([]);
    const ping = await tab.evaluate(() => new Promise((r) => window.__tcfapi!('ping', 2, r)));
    expect(ping).toMatchObject({ cmpLoaded: true, cmpStatus: 'loaded', cmpId: 12, gvlVersion: 101, tcfPolicyVersion: 5 });
    await tab.getByRole('button', { name: 'Privacy settings' }).click();
    const dialog = ui().locator('dialog[open]');
    await dialog.getByRole('switch', { name: 'Measure advertising performance Consent' }).click();
    await dialog.getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(tcfEvents).toEqual(['tcloaded', 'cmpuishown', 'useractioncomplete']);
    const m = TCString.decode((await tcString())!);
    expect(ids(m.purposeConsents)).toEqual([1, 2, 3, 4, 8, 9]);
    const update = await tab.evaluate(() => (window as unknown as { dataLayer: IArguments[] }).dataLayer.filter((e) => e[1] == 'update').at(-1)![2]);
    expect(update).toMatchObject({ ad_storage: 'granted', ad_user_data: 'denied', ad_personalization: 'granted' });
    expect(await tab.evaluate(() => window.consentry!.allowed('advertising'))).toBe(false);
  });

  it('a vendor switched alone (categories unchanged) still announces consentry:change with the new TC string', async () => {
    const first = await acceptAll();
    await tab.goto(site.url + '/');
    await whenReady();
    await tab.evaluate(() => {
      const w = window as unknown as { changes: Array<string | undefined> };
      w.changes = [];
      addEventListener('consentry:change', (e) => w.changes.push((e as CustomEvent).detail.tcf?.tcString));
    });
    await tab.getByRole('button', { name: 'Privacy settings' }).click();
    const dialog = ui().locator('dialog[open]');
    await dialog.getByRole('switch', { name: 'Fixture Measurement Consent' }).click();
    await dialog.getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(tcString).not.toBe(first);
    expect(ids(TCString.decode((await tcString())!).vendorConsents)).toEqual([10, 30]);
    expect(await tab.evaluate(() => (window as unknown as { changes: string[] }).changes)).toEqual([await tcString()]);
    expect(await tab.evaluate(() => window.consentry!.get().categories)).toMatchObject({ advertising: true, analytics: true });
  });

  it('keyboard: Manage options opens a modal <dialog> holding focus; Escape goes back to the banner and to Manage options', async () => {
    await tab.goto(site.url + '/');
    const manage = ui().getByRole('button', { name: 'Manage options' });
    await manage.focus();
    await tab.keyboard.press('Enter');
    const dialog = ui().locator('dialog[open]');
    await dialog.waitFor();
    const inDialog = () => tab.evaluate(() => !!document.querySelector('consentry-tcf-ui')!.shadowRoot!.activeElement?.closest('dialog'));
    expect(await inDialog()).toBe(true);
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    await tab.keyboard.press('Tab');
    expect(await inDialog()).toBe(true);
    await tab.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => tab.evaluate(() => document.querySelector('consentry-tcf-ui')!.shadowRoot!.activeElement?.textContent)).toBe('Manage options');
    expect(await tcString()).toBeUndefined();
  });

  it('an ad iframe on another origin gets __tcfapiReturn through postMessage, as object or JSON text', async () => {
    const tc = await acceptAll();
    await tab.goto(site.url + '/with-ad');
    const ad = tab.frames().find((f) => f.url().includes('localhost'))!;
    await ad.waitForFunction(() => (window as unknown as { found: boolean }).found);
    await ad.evaluate(() => {
      const w = window as unknown as { ask(c: string, id: string | number, text?: boolean): void };
      w.ask('ping', 1);
      w.ask('addEventListener', 'two', true);
    });
    await ad.waitForFunction(() => (window as unknown as { replies: unknown[] }).replies.length >= 2);
    const replies = await ad.evaluate(() => (window as unknown as { replies: Array<{ callId: string; success: boolean; returnValue: Record<string, unknown> }> }).replies);
    expect(replies.find((r) => r.callId == '1' || (r.callId as unknown) === 1)?.returnValue).toMatchObject({ gdprApplies: true, apiVersion: '2' });
    const data = replies.find((r) => r.callId == 'two')!;
    expect(data.success).toBe(true);
    expect(data.returnValue).toMatchObject({ tcString: tc, eventStatus: 'tcloaded', addtlConsent: '2~89.1301~dv.' });
  });

  it('vendor list version changes: the visitor is asked again and nothing waits on the old choice', async () => {
    const tc = await acceptAll();
    site.page('/tcf/vendor-list.json', { body: JSON.stringify({ ...vendorList(), vendorListVersion: 102 }), type: 'application/json' });
    try {
      await tab.goto(site.url + '/');
      await ui().locator('section.banner').waitFor();
      expect(await ui().locator('section.banner').textContent()).toContain('changed since your last choice');
      await whenReady();
      expect(await tab.evaluate(() => [window.consentry!.get().given, window.consentry!.get().tcf, !!(window as unknown as { adTag?: boolean }).adTag])).toEqual([false, null, false]);
      expect(await tcfEvents()).toEqual(['cmpuishown']);
      await ui().getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(tcString).not.toBe(tc);
      expect(TCString.decode((await tcString())!).vendorListVersion).toBe(102);
      expect(await tcfEvents()).toEqual(['cmpuishown', 'useractioncomplete']);
    } finally {
      site.page('/tcf/vendor-list.json', { body: JSON.stringify(vendorList()), type: 'application/json' });
    }
  });

  it('cmpId 0 is refused: a clear error, no TC string, nothing non-essential runs', async () => {
    const before = site.requests.length;
    await tab.goto(site.url + '/no-id');
    await whenReady();
    expect(errors.join('\n')).toMatch(/config\.tcf\.cmpId is 0: write the id IAB Europe assigned to your registered CMP/);
    const snap = await tab.evaluate(() => window.consentry!.acceptAll());
    // acceptAll resolved: a tag it allowed would have run during it.
    expect(snap.tcf).toBeNull();
    expect(await tab.evaluate(() => [!!(window as unknown as { adTag?: boolean }).adTag, window.consentry!.allowed('advertising')])).toEqual([false, false]);
    expect(await cookie('euconsent-v2')).toBeUndefined();
    expect(await ui().count()).toBe(0);
    const ping = await tab.evaluate(() => new Promise((r) => window.__tcfapi!('ping', 2, r)));
    expect(ping).toMatchObject({ cmpStatus: 'error' });
    expect(site.requests.slice(before).filter((r) => r.includes('consentry-tcf-cmp.js'))).toEqual([]);
  });

  it('Traditional Chinese: own texts in zh-Hant, purpose names from purposes-zh-hant.json', async () => {
    await tab.goto(site.url + '/zh');
    const banner = ui().locator('section.banner');
    await expect.poll(() => banner.textContent()).toContain('我們和我們的 6 個合作夥伴');
    expect(await banner.textContent()).toContain('在裝置上儲存和/或存取資訊');
    await ui().getByRole('button', { name: '全部接受' }).click();
    await expect.poll(tcString).toBeTruthy();
    expect(TCString.decode((await tcString())!).consentLanguage).toBe('ZH');
  });
});
