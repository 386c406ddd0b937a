import { describe, expect, it } from 'vitest';
import { policyLink } from '../../../src/ui/policy-link';
import { policyHref } from '../../../src/shared/policy-href';
import { createStore } from '../../../src/ui/store';
import { en } from '../../../src/locales/en';
import { fakeApi } from './fake-api';
import { mountInto } from './render';

describe('policyLink', () => {
  it('renders nothing without an anchor', () => {
    const box = mountInto(() => <div>{policyLink(createStore(fakeApi(), en, 'en'), undefined, 'X')}</div>);
    expect(box.firstElementChild!.innerHTML).toBe('');
  });

  it('names the section it leads to', () => {
    const box = mountInto(() => <div>{policyLink(createStore(fakeApi(), en, 'en'), '#ads', 'Ads')}</div>);
    const a = box.querySelector('a')!;
    expect([a.textContent, a.getAttribute('aria-label'), a.getAttribute('href')]).toEqual(['Policy section', 'Policy section: Ads', '/privacy#ads']);
  });

  it('renders nothing for a section that is not an http(s) or relative URL', () => {
    const store = createStore(fakeApi(), en, 'en');
    const box = mountInto(() => <div>{policyLink(store, 'javascript:alert(1)', 'Ads')}{policyLink(store, 'data:text/html,x', 'Ads')}</div>);
    expect(box.firstElementChild!.innerHTML).toBe('');
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
  it('refuses what is not an http(s) or relative URL', () => {
    expect(policyHref('/privacy', 'javascript:alert(1)')).toBe('');
    expect(policyHref('javascript:alert(1)', '#ads')).toBe('');
    expect(policyHref('/privacy', 'data:text/html,<b>x</b>')).toBe('');
  });
});
