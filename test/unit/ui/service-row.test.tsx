import { describe, expect, it } from 'vitest';
import { ServiceRow } from '../../../src/ui/service-row';
import { createStore } from '../../../src/ui/store';
import { en } from '../../../src/locales/en';
import { fakeApi } from './fake-api';
import { click, mountInto } from './render';

const withNames = { ...en, services: { stats: { name: 'Site stats', purpose: 'Counts visits.' } } };

describe('ServiceRow', () => {
  it('shows the name, purpose, cookies with lifetimes and a switch', () => {
    const store = createStore(fakeApi(), withNames, 'en');
    const box = mountInto(() => <ServiceRow store={store} id="stats" uid="s" />);
    expect(box.querySelector('h4')!.textContent).toBe('Site stats');
    expect(box.querySelector('#sd')!.textContent).toBe('Purpose: Counts visits.');
    expect(box.querySelector('.ck')!.textContent).toBe('Cookies: _st (lifetime 13 months), _st_*');
    expect(box.querySelector('[role=switch]')!.getAttribute('aria-labelledby')).toBe('s');
  });

  it('allowing one partner allows its category; refusing it leaves the category alone', () => {
    const store = createStore(fakeApi(), withNames, 'en');
    store.show('preferences');
    const box = mountInto(() => <ServiceRow store={store} id="stats" uid="s" />);
    click(box.querySelector('[role=switch]'));
    expect(store.draft.value).toMatchObject({ analytics: true, stats: true });
    click(box.querySelector('[role=switch]'));
    expect(store.draft.value).toMatchObject({ analytics: true, stats: false });
  });

  it('links a full policy URL as is, and falls back to the id without texts', () => {
    const store = createStore(fakeApi(), en, 'en');
    const box = mountInto(() => <ServiceRow store={store} id="pixel" uid="s" />);
    expect(box.querySelector('h4')!.textContent).toBe('pixel');
    expect(box.querySelector('a')!.getAttribute('href')).toBe('https://ads.example/p');
    expect(box.querySelector('.ck')).toBe(null);
  });
});
