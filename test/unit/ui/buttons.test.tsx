import { describe, expect, it } from 'vitest';
import { Buttons } from '../../../src/ui/buttons';
import { createStore } from '../../../src/ui/store';
import { en } from '../../../src/locales/en';
import { fakeApi } from './fake-api';
import { byText, click, mountInto, texts } from './render';

describe('Buttons', () => {
  it('renders the actions in order, all with the same class, and sends each to the gate', () => {
    const api = fakeApi();
    const store = createStore(api, en, 'en');
    const box = mountInto(() => <Buttons store={store} actions={['accept', 'reject', 'customize']} />);
    expect(texts(box, 'button')).toEqual(['Accept all', 'Reject all', 'Customize']);
    expect(new Set([...box.querySelectorAll('button')].map((b) => b.className))).toEqual(new Set(['btn']));
    click(byText(box, 'button', 'Customize'));
    expect(store.view.value).toBe('preferences');
    click(byText(box, 'button', 'Reject all'));
    expect(api.calls).toEqual(['rejectAll reject-all']);
    expect(store.view.value).toBe(null);
  });
});
