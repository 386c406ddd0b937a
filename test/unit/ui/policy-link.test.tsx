import { describe, expect, it } from 'vitest';
import { PolicyLink } from '../../../src/ui/policy-link';
import { policyHref } from '../../../src/shared/policy-href';
import { createStore } from '../../../src/ui/store';
import { en } from '../../../src/locales/en';
import { fakeApi } from './fake-api';
import { mountInto } from './render';

describe('PolicyLink', () => {
  it('renders nothing without an anchor', () => {
    const box = mountInto(() => <PolicyLink store={createStore(fakeApi(), en, 'en')} about="X" />);
    expect(box.innerHTML).toBe('');
  });

  it('names the section it leads to', () => {
    const box = mountInto(() => <PolicyLink store={createStore(fakeApi(), en, 'en')} anchor="#ads" about="Ads" />);
    const a = box.querySelector('a')!;
    expect([a.textContent, a.getAttribute('aria-label'), a.getAttribute('href')]).toEqual(['Policy section', 'Policy section: Ads', '/privacy#ads']);
  });
});

describe('policyHref', () => {
  it('appends a fragment to the policy URL, replacing any fragment it had', () => {
    expect(policyHref('/privacy', '#analytics')).toBe('/privacy#analytics');
    expect(policyHref('https://x.example/p#top', '#ads')).toBe('https://x.example/p#ads');
  });
  it('uses a full or relative URL as is', () => {
    expect(policyHref('/privacy', 'https://ads.example/privacy')).toBe('https://ads.example/privacy');
    expect(policyHref('/privacy', '/ads-policy')).toBe('/ads-policy');
  });
});
