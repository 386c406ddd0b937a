import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, encode, type ConsentRecord } from '../../src/shared/record-codec';
import { hash } from '../../src/shared/hash';
import { exampleConfig, resolved } from './helpers';
import type { Rule } from '../../src/shared/types';

const cfg = resolved();
const NOW = 1_700_000_000;
const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  revision: '2020-09-25',
  givenAt: NOW - 100,
  updatedAt: NOW - 10,
  method: 'custom',
  gpc: false,
  categories: { necessary: true, preferences: false, analytics: true, advertising: false },
  services: { 'site-analytics': false, 'ad-partner': true },
  configHash: 'k3x9a1',
  rule: 'gdpr',
  minor: false,
  personalized: {},
  separate: {},
  ...over,
});

describe('the consent record', () => {
  it('reads back what it wrote, services that differ from their category included', () => {
    const r = record();
    expect(decode(encode(r, cfg), cfg, NOW)).toEqual({ status: 'valid', record: r });
  });

  it('round-trips any choice, method, GPC flag and time', () => {
    fc.assert(
      fc.property(
        fc.uuid({ version: 4 }),
        fc.record({ necessary: fc.constant(true), preferences: fc.boolean(), analytics: fc.boolean(), advertising: fc.boolean() }),
        fc.record({ 'site-analytics': fc.boolean(), 'ad-partner': fc.boolean() }),
        fc.constantFrom('accept-all', 'reject-all', 'custom', 'api' as const),
        fc.boolean(),
        fc.integer({ min: 1.6e9, max: NOW }),
        (id, categories, services, method, gpc, givenAt) => {
          const r = record({ id, categories, services, method, gpc, givenAt, updatedAt: NOW });
          expect(decode(encode(r, cfg), cfg, NOW)).toEqual({ status: 'valid', record: r });
        },
      ),
    );
  });

  it('is treated as absent when missing, and as invalid when garbled, truncated or altered', () => {
    expect(decode(undefined, cfg, NOW).status).toBe('none');
    const good = encode(record(), cfg);
    const parts = good.split('.');
    const altered = [...parts];
    altered[6] = parts[6] + '_zzz'; // grant a category without fixing the checksum
    const withoutHash = [...parts.slice(0, 9), parts.at(-1)].join('.');
    for (const bad of ['x', good.slice(0, -1), altered.join('.'), '4' + good.slice(1), good + '.1', withoutHash]) {
      expect(decode(bad, cfg, NOW).status).toBe('invalid');
    }
  });

  it('still reads a format 2 record, which has no rule, child flag, personalisation or separate consent', () => {
    const r = record({ rule: null });
    const body = ['2', ...encode(r, cfg).split('.').slice(1, 10)].join('.');
    expect(decode(body + '.' + hash(body), cfg, NOW)).toEqual({ status: 'valid', record: r });
  });

  it('keeps a child flag, refused personalisation and separate consents with their times', () => {
    const c = resolved({
      ...exampleConfig,
      categories: { necessary: { required: true }, analytics: {}, advertising: { sale: true, personalization: true } },
      services: { 'site-analytics': { category: 'analytics' }, 'ad-partner': { category: 'advertising', country: 'US' } },
      rules: { default: 'pipl' },
    });
    const r = record({ rule: 'pipl', minor: true, categories: { necessary: true, analytics: true, advertising: true }, personalized: { advertising: false }, separate: { 'ad-partner': NOW - 50 } });
    expect(decode(encode(r, c), c, NOW)).toEqual({ status: 'valid', record: r });
    const plain = record({ rule: 'pipl', categories: { necessary: true, analytics: false, advertising: true }, personalized: { advertising: true } });
    expect(decode(encode(plain, c), c, NOW)).toMatchObject({ status: 'valid', record: { minor: false, personalized: { advertising: true }, separate: {} } });
  });

  it('a choice made where things ran by default is no consent where the law asks first', () => {
    const at = (rule: Rule) => resolved({ ...exampleConfig, rules: { default: rule } });
    const value = encode(record({ rule: 'us' }), at('us'));
    expect(decode(value, at('us'), NOW).status).toBe('valid');
    expect(decode(value, at('notice'), NOW).status).toBe('valid');
    expect(decode(value, at('gdpr'), NOW).status).toBe('stale');
    expect(decode(value, at('pipl'), NOW).status).toBe('stale');
    // An opt-in consent holds everywhere.
    expect(decode(encode(record({ rule: 'gdpr' }), at('gdpr')), at('us'), NOW).status).toBe('valid');
  });

  it('still reads a format 1 record, which has no config hash', () => {
    const r = record({ configHash: '', rule: null });
    const body = ['1', ...encode(r, cfg).split('.').slice(1, 9)].join('.');
    expect(decode(body + '.' + hash(body), cfg, NOW)).toEqual({ status: 'valid', record: r });
    expect(decode(body + '..' + hash(body + '.'), cfg, NOW).status).toBe('invalid');
  });

  it('never throws and never grants anything for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (s) => {
        const d = decode(s, cfg, NOW);
        expect(d.status).toMatch(/^(none|invalid)$/);
      }),
    );
  });

  it('rejects times in the future, before 2020, or updated before given', () => {
    for (const r of [record({ updatedAt: NOW + 3 * 86400 }), record({ givenAt: 1.5e9 }), record({ givenAt: NOW - 5, updatedAt: NOW - 50 })]) {
      expect(decode(encode(r, cfg), cfg, NOW).status).toBe('invalid');
    }
  });

  it('expires after the configured lifetime', () => {
    const r = record({ givenAt: NOW - 200 * 86400, updatedAt: NOW - 183 * 86400 });
    expect(decode(encode(r, cfg), cfg, NOW).status).toBe('expired');
    const longer = resolved({ ...cfg, cookie: { days: 365 } });
    expect(decode(encode(r, longer), longer, NOW).status).toBe('valid');
  });

  it('marks a record of another policy revision as stale, keeping its choices as a starting point', () => {
    const r = record();
    const next = resolved({ ...cfg, policy: { url: '/p', revision: '2021-01-01' } });
    expect(decode(encode(r, cfg), next, NOW)).toEqual({ status: 'stale', record: { ...r, revision: '2021-01-01' } });
  });

  it('stays far under 4096 bytes with 100 services with long names', () => {
    const services: Record<string, { category: string }> = {};
    for (let i = 0; i < 100; i++) services[`a-partner-with-a-really-quite-long-service-name-number-${i}`] = { category: 'advertising' };
    const big = resolved({ ...cfg, services });
    const choices = Object.fromEntries(Object.keys(services).map((id, i) => [id, i % 2 == 0]));
    const value = encode(record({ services: choices }), big);
    expect(`consentry=${value}`.length).toBeLessThan(1200);
    expect(decode(value, big, NOW)).toMatchObject({ status: 'valid', record: { services: choices } });
  });
});
