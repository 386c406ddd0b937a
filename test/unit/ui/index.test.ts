import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from './fake-api';

describe('consentry-ui.js entry', () => {
  afterEach(() => {
    delete window.consentry;
    document.body.innerHTML = '';
    vi.resetModules();
  });

  it('mounts on the first show and follows later ones', async () => {
    const api = fakeApi();
    window.consentry = api;
    await import('../../../src/ui/index');
    expect(document.querySelector('consentry-ui')).toBe(null);
    api.emit('show', 'banner');
    await vi.waitFor(() => expect(document.querySelector('consentry-ui')!.shadowRoot!.querySelector('.banner')).not.toBe(null));
    api.emit('show', 'preferences');
    await vi.waitFor(() => expect(document.querySelector('consentry-ui')!.shadowRoot!.querySelector('[role=dialog]')).not.toBe(null));
    expect(document.querySelectorAll('consentry-ui').length).toBe(1);
  });

  it('says what to fix when the gate is missing', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await import('../../../src/ui/index');
    expect(spy.mock.calls[0][0]).toMatch(/^\[consentry\] consentry-ui.js needs the gate/);
    spy.mockRestore();
  });
});
