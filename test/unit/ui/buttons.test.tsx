import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { buttons } from '../../../src/ui/buttons';
import { createStore } from '../../../src/ui/store';
import { en } from '../../../src/locales/en';
import { fakeApi } from './fake-api';
import { byText, click, mountInto, texts } from './render';

describe('buttons', () => {
  it('renders the actions in order, all with the same class, and sends each to the gate', () => {
    const api = fakeApi();
    const store = createStore(api, en, 'en');
    const Row = () => <div>{buttons(store, ['acceptAll', 'rejectAll', 'customize'])}</div>;
    const box = mountInto(() => <Row />);
    expect(texts(box, 'button')).toEqual(['Accept all', 'Reject all', 'Customize']);
    expect(new Set([...box.querySelectorAll('button')].map((b) => b.className))).toEqual(new Set(['btn']));
    expect(box.querySelector('[role=alert]')).toBe(null);
    click(byText(box, 'button', 'Customize'));
    expect(store.view.value).toBe('preferences');
    click(byText(box, 'button', 'Reject all'));
    expect(api.calls).toEqual(['rejectAll reject-all']);
    expect(store.view.value).toBe(null);
  });

  it('says so in an alert above them when the last decision could not be recorded', () => {
    const store = createStore(fakeApi(), en, 'en');
    const Row = () => <div>{buttons(store, ['save'])}</div>;
    const box = mountInto(() => <Row />);
    act(() => void (store.failed.value = true));
    expect(box.firstElementChild!.firstElementChild!.getAttribute('role')).toBe('alert');
    expect(box.querySelector('[role=alert]')!.textContent).toBe(en.saveFailed);
  });
});
