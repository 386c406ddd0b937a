import { describe, expect, it } from 'vitest';
import { encode } from '../../src/shared/record-codec';
import { hash } from '../../src/shared/hash';
import { readConfig } from '../../src/shared/config';
import { fnv, readCookie, reissue } from '../../collector/consent-cookie.js';
import { browserOf, clientTag } from '../../collector/client-privacy.js';

const config = readConfig({ policy: { url: '/privacy', revision: '2020-09-25' }, categories: { necessary: { required: true }, analytics: {} }, services: { stats: { category: 'analytics' } } })!;
const updatedAt = 1780000000;
const id = '0b7a3a52-6f3e-4f7e-9a43-5d7b3c1e2f10';
const value = encode({ id, revision: '2020-09-25', givenAt: updatedAt - 60, updatedAt, method: 'custom', gpc: false, categories: { necessary: true, analytics: true }, services: { stats: false }, configHash: 'k3x9a1', rule: null, minor: false, personalized: {}, separate: {} }, config);
const receipt = { consentId: id, revision: '2020-09-25', time: new Date(updatedAt * 1000).toISOString() };
const cookie = { name: 'consentry', domain: null, days: 182, secure: 'auto' };
const now = updatedAt * 1000 + 5000;

describe('re-issuing the consent cookie', () => {
  it("uses the gate's checksum", () => {
    for (const s of ['', 'a', '1.abc.def', value]) expect(fnv(s)).toBe(hash(s));
  });

  it("sets the gate's own value, path and SameSite, expiring cookie.days after the decision", () => {
    const header = reissue(value, receipt, cookie, false, now);
    expect(header).toBe(`consentry=${value}; Path=/; Expires=${new Date((updatedAt + 182 * 86400) * 1000).toUTCString()}; SameSite=Lax`);
    expect(reissue(value, receipt, { ...cookie, domain: 'example.com' }, true, now)).toMatch(/; Domain=example.com; Expires=.*; SameSite=Lax; Secure$/);
  });

  it('refuses an altered cookie, or one that records another decision', () => {
    const tampered = value.split('.');
    tampered[5] = '0';
    expect(reissue(tampered.join('.'), receipt, cookie, false, now)).toBeNull();
    expect(reissue(value, { ...receipt, consentId: '1b7a3a52-6f3e-4f7e-9a43-5d7b3c1e2f10' }, cookie, false, now)).toBeNull();
    expect(reissue(value, { ...receipt, revision: '2026-01-01' }, cookie, false, now)).toBeNull();
    expect(reissue(value, { ...receipt, time: new Date((updatedAt - 3600) * 1000).toISOString() }, cookie, false, now)).toBeNull();
    expect(reissue(value + '; evil=1', receipt, cookie, false, now)).toBeNull();
    expect(reissue(value, receipt, cookie, false, (updatedAt + 183 * 86400) * 1000)).toBeNull();
  });

  it('re-issues a format 1 value too (no config hash), and nothing with a part missing', () => {
    const body = ['1', ...value.split('.').slice(1, 9)].join('.');
    const v1 = body + '.' + fnv(body);
    expect(reissue(v1, receipt, cookie, false, now)).toMatch(new RegExp(`^consentry=${v1.replace(/\./g, '\\.')}; Path=/`));
    const short = '2' + body.slice(1);
    expect(reissue(short + '.' + fnv(short), receipt, cookie, false, now)).toBeNull();
  });

  it('reads the cookie from a Cookie header', () => {
    expect(readCookie(`a=1; consentry=${value}; b=2`, 'consentry')).toBe(value);
    expect(readCookie('xconsentry=1', 'consentry')).toBeNull();
    expect(readCookie(undefined, 'consentry')).toBeNull();
  });
});

describe('what is kept about the sender', () => {
  it.each([
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'Safari 17'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'Safari 17'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.51', 'Edge 131'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox 133'],
    ['Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36', 'Samsung Internet 25'],
    ['curl/8.5.0', 'Other'],
    [undefined, 'Other'],
  ])('reduces the user agent to browser and major version: %s', (ua, expected) => {
    expect(browserOf(ua)).toBe(expected);
  });

  it('truncates addresses, or hashes them with a secret', () => {
    expect(clientTag('203.0.113.77', null)).toBe('203.0.113.0');
    expect(clientTag('::ffff:203.0.113.77', null)).toBe('203.0.113.0');
    expect(clientTag('2001:db8::1', null)).toBe('2001:db8:0::');
    const a = clientTag('203.0.113.77', 'secret-secret-secret');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(clientTag('203.0.113.78', 'secret-secret-secret')).not.toBe(a);
    expect(clientTag('203.0.113.77', 'another-secret-value')).not.toBe(a);
  });
});
