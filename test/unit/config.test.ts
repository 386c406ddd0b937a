import { describe, expect, it, vi } from 'vitest';
import { cookiesOf, readConfig } from '../../src/shared/config';
import { checkConfig } from '../../src/engine/config-check';
import { exampleConfig } from './helpers';

const withConfig = (patch: Record<string, unknown>) => ({ ...exampleConfig, ...patch });

describe('readConfig (the gate)', () => {
  it('fills in the defaults', () => {
    const c = readConfig(exampleConfig)!;
    expect(c.cookie).toEqual({ name: 'consentry', days: 182 });
    expect(c.mode).toBe('opt-in');
    expect(c.gpc).toBe(true);
    expect(c.dataLayer).toBe('dataLayer');
    expect(c.categories.advertising.sale).toBe(true);
    expect(c.categories.analytics.sale).toBe(false);
    expect(cookiesOf(c.services['site-analytics'])).toEqual([{ name: '_ica_id' }, { name: '/^_ica_s_/' }]);
    expect(cookiesOf({ category: 'a', cookies: [/^_ga_/, { name: '_gid', lifetime: { days: 1 } }] })).toEqual([{ name: /^_ga_/ }, { name: '_gid', lifetime: { days: 1 } }]);
  });

  it('reads doubtful values the safe way', () => {
    const c = readConfig({
      ...exampleConfig,
      categories: { necessary: { required: 'yes' }, analytics: { sale: 'maybe' } },
      mode: 'optout',
      gpc: 'no',
      cookie: { days: 5000, name: 'bad name;' },
    })!;
    expect(c.categories.necessary.required).toBe(false);
    expect(c.categories.analytics.sale).toBe(true);
    expect(c.mode).toBe('opt-in');
    expect(c.gpc).toBe(true);
    expect(c.cookie).toEqual({ name: 'consentry', days: 396 });
  });

  it('refuses configs it cannot use at all', () => {
    for (const bad of [undefined, null, 'x', [], {}, { policy: {} , categories: {} }, withConfig({ categories: [] }), withConfig({ categories: { a: 1 } }), withConfig({ services: { s: 'x' } })]) {
      expect(readConfig(bad)).toBeNull();
    }
  });
});

describe('checkConfig (full diagnostics)', () => {
  it('finds nothing wrong with the README example, or with lifetimes as text or as one unit', () => {
    expect(checkConfig(exampleConfig)).toEqual([]);
    expect(checkConfig(withConfig({ services: { s: { category: 'analytics', cookies: [{ name: 'a', lifetime: 'session' }, { name: 'b', lifetime: { months: 13 } }] } } }))).toEqual([]);
  });

  const cases: Array<[string, unknown, RegExp]> = [
    ['not an object', 'x', /^config must be an object/],
    ['no policy.revision', withConfig({ policy: { url: '/p' } }), /^config\.policy\.revision must be a non-empty string/],
    ['a service naming an unknown category', withConfig({ services: { s: { category: 'stats' } } }), /^config\.services\.s\.category must be one of: necessary, preferences, analytics, advertising/],
    ['a bad /regex/', withConfig({ services: { s: { category: 'analytics', cookies: ['/(/'] } } }), /^config\.services\.s\.cookies\[0\] must be a cookie name or a valid \/regex\/ \('\/\(\/' is not\)/],
    ['a wrong type', withConfig({ categories: { ...exampleConfig.categories, a: { required: 'yes' } } }), /^config\.categories\.a\.required must be true or false/],
    ['empty categories', withConfig({ categories: {}, services: undefined }), /^config\.categories must be a non-empty object/],
    ['a service sharing a category id', withConfig({ services: { analytics: { category: 'analytics' } } }), /^config\.services\.analytics must be renamed/],
    ['hosts not strings', withConfig({ services: { s: { category: 'analytics', hosts: [1] } } }), /^config\.services\.s\.hosts must be an array of strings/],
    ['a bad mode', withConfig({ mode: 'optout' }), /^config\.mode must be 'opt-in' or 'opt-out'/],
    ['a bad dataLayer', withConfig({ dataLayer: true }), /^config\.dataLayer must be a global variable name/],
    ['a bad cookie name', withConfig({ cookie: { name: 'a b' } }), /^config\.cookie\.name must be letters/],
    ['a negative lifetime', withConfig({ cookie: { days: -1 } }), /^config\.cookie\.days must be a number, 0 or more/],
    ['a Consent Mode map to nothing', withConfig({ consentMode: { map: { ad_storage: 'ads' } } }), /^config\.consentMode\.map\.ad_storage must be category or service ids/],
    ['bad Consent Mode regions', withConfig({ consentMode: { regions: [{ region: 'US' }] } }), /^config\.consentMode\.regions must be/],
    ['a lifetime in an unknown unit', withConfig({ services: { s: { category: 'analytics', cookies: [{ name: 'a', lifetime: { weeks: 2 } }] } } }), /^config\.services\.s\.cookies\[0\]\.lifetime must be text, or one of minutes, hours, days, months, years: \{ months: 13 \}/],
    ['receipts without endpoint', withConfig({ receipts: {} }), /^config\.receipts\.endpoint must be a non-empty string/],
  ];
  it.each(cases)('names the field and the fix for %s', (_, config, message) => {
    const problems = checkConfig(config);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('warns (without failing) when the lifetime is over 13 months', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(checkConfig(withConfig({ cookie: { days: 500 } }))).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[consentry\] config\.cookie\.days 500 is over 13 months; 396 is used/));
    warn.mockRestore();
  });
});
