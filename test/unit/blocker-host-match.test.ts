import { describe, expect, it } from 'vitest';
import { serviceFor } from '../../src/blocker/host-match';

const services = {
  'meta-pixel': ['connect.facebook.net', 'facebook.com'],
  gtm: ['googletagmanager.com'],
  self: [location.hostname],
};

describe('serviceFor', () => {
  it('matches a listed host and its subdomains', () => {
    expect(serviceFor('https://connect.facebook.net/en_US/fbevents.js', services)).toBe('meta-pixel');
    expect(serviceFor('https://www.facebook.com/tr?id=1', services)).toBe('meta-pixel');
    expect(serviceFor('//www.googletagmanager.com/gtm.js?id=GTM-1', services)).toBe('gtm');
    expect(serviceFor('HTTPS://WWW.GOOGLETAGMANAGER.COM/gtm.js', services)).toBe('gtm');
    expect(serviceFor('http://a.b.googletagmanager.com:8080/x.js', services)).toBe('gtm');
  });

  it('does not match look-alike hosts, unlisted hosts, relative or non-http URLs', () => {
    expect(serviceFor('https://notgoogletagmanager.com/gtm.js', services)).toBeNull();
    expect(serviceFor('https://googletagmanager.com.evil.example/gtm.js', services)).toBeNull();
    expect(serviceFor('https://cdn.example.org/lib.js', services)).toBeNull();
    expect(serviceFor('/js/app.js', services)).toBeNull();
    expect(serviceFor('app.js', services)).toBeNull();
    expect(serviceFor('data:text/javascript,1', services)).toBeNull();
    expect(serviceFor('javascript:void 0', services)).toBeNull();
  });

  it("never matches the page's own origin, even when a service lists its host", () => {
    expect(serviceFor(location.origin + '/stats.js', services)).toBeNull();
  });
});
