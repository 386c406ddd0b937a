import { beforeEach, describe, expect, it } from 'vitest';
import type { ConsentryConfig } from '../../src/shared/types';
import { readConfig } from '../../src/shared/config';
import { createGate } from '../../src/gate/create-gate';
import { createEngine } from '../../src/engine/record-decisions';
import { clearCookies, exampleConfig } from './helpers';

type W = { dataLayer?: unknown[]; gtag?: unknown; custom?: unknown[] };
const w = window as unknown as W;
const make = (config: ConsentryConfig = exampleConfig) => createGate(config, readConfig(config), { engine: createEngine });
const isArguments = (x: unknown) => Object.prototype.toString.call(x) == '[object Arguments]';
/** The gtag commands in the dataLayer, as plain arrays. */
const commands = (layer: unknown[] = w.dataLayer!) => layer.filter(isArguments).map((a) => Array.from(a as ArrayLike<unknown>));

beforeEach(() => {
  clearCookies();
  delete w.dataLayer;
  delete w.gtag;
  delete w.custom;
});

describe('Google Consent Mode v2', () => {
  it('starts with a default that denies everything but security, pushed as an arguments object', () => {
    make();
    expect(isArguments(w.dataLayer![0])).toBe(true);
    expect(commands()[0]).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ]);
    expect(commands()).toHaveLength(1); // no update before a decision
  });

  it('updates with the mapped state after each decision, and on every load with a stored choice', async () => {
    const api = make();
    await api.set({ analytics: true, preferences: true }, 'custom');
    expect(commands().at(-1)).toEqual([
      'consent',
      'update',
      expect.objectContaining({ analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', security_storage: 'granted' }),
    ]);
    delete w.dataLayer;
    make();
    expect(commands().map((c) => c[1])).toEqual(['default', 'update']);
    expect(commands()[1][2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });

  it('reuses a gtag the page defined, and honours map, regions, wait, redaction and passthrough', async () => {
    const calls: unknown[][] = [];
    w.gtag = (...args: unknown[]) => calls.push(args);
    const api = make({
      ...exampleConfig,
      consentMode: {
        waitForUpdate: 1000,
        map: { ad_storage: ['advertising', 'ad-partner'], analytics_storage: 'site-analytics' },
        regions: [{ region: ['US-CA'], granted: ['analytics_storage'] }],
        adsDataRedaction: true,
        urlPassthrough: true,
      },
    });
    expect(calls.slice(0, 4)).toEqual([
      ['consent', 'default', expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied', region: ['US-CA'] })],
      ['consent', 'default', expect.objectContaining({ analytics_storage: 'denied', wait_for_update: 1000 })],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
    await api.set({ advertising: true, 'ad-partner': false, analytics: true });
    expect(calls.at(-1)).toEqual(['consent', 'update', expect.objectContaining({ ad_storage: 'denied', ad_user_data: 'granted', analytics_storage: 'granted' })]);
  });

  it('can be switched off', async () => {
    await make({ ...exampleConfig, consentMode: false }).acceptAll();
    expect(commands(w.dataLayer || [])).toEqual([]);
    expect(w.gtag).toBeUndefined();
  });

  it('opt-out mode updates at once with what is allowed before a decision', () => {
    make({ ...exampleConfig, mode: 'opt-out' });
    expect(commands()[1]).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' })]);
  });
});

describe('dataLayer events', () => {
  it('pushes the Consent Mode update, then consentry_consent and consentry_change with the snapshot', async () => {
    const api = make();
    await Promise.resolve(); // past consentry_ready
    const from = w.dataLayer!.length;
    const snap = await api.acceptAll('accept-all');
    const pushed = w.dataLayer!.slice(from);
    expect(pushed).toHaveLength(3);
    expect(commands(pushed)).toEqual([['consent', 'update', expect.objectContaining({ ad_storage: 'granted' })]]);
    expect(pushed.slice(1)).toEqual([
      { event: 'consentry_consent', consentry: snap },
      { event: 'consentry_change', consentry: snap },
    ]);
  });

  it('pushes consentry_ready on load', async () => {
    make();
    await Promise.resolve();
    expect(w.dataLayer!.filter((e) => !isArguments(e))).toEqual([{ event: 'consentry_ready', consentry: expect.objectContaining({ given: false }) }]);
  });

  it('uses another dataLayer name, or none', async () => {
    await make({ ...exampleConfig, dataLayer: 'custom' }).acceptAll();
    expect(w.custom!.some((e) => (e as { event?: string }).event == 'consentry_consent')).toBe(true);
    expect(commands(w.custom!)[0][1]).toBe('default');
    expect(w.dataLayer).toBeUndefined();
  });

  it('dispatches window events with the same snapshot', async () => {
    const api = make();
    const got: Array<[string, unknown]> = [];
    for (const n of ['consent', 'change']) addEventListener('consentry:' + n, (e) => got.push([n, (e as CustomEvent).detail]));
    const snap = await api.acceptAll();
    expect(got).toEqual([
      ['consent', snap],
      ['change', snap],
    ]);
  });
});
