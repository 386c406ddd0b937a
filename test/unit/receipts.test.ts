import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendReceipt } from '../../src/engine/receipts';
import type { Snapshot } from '../../src/shared/types';

const snap = { id: 'x', updatedAt: '2026-01-01T00:00:00.000Z', revision: 'r', method: 'custom', categories: { a: true }, services: {}, gpc: true } as unknown as Snapshot;
afterEach(() => vi.unstubAllGlobals());

describe('consent receipts', () => {
  it('go by beacon as text/plain JSON when the browser has one', () => {
    const beacon = vi.fn(() => true);
    vi.stubGlobal('navigator', { ...navigator, sendBeacon: beacon });
    sendReceipt('/r', snap, 'zh-Hant');
    const [url, body] = (beacon.mock.calls[0] as unknown as [string, string]);
    expect(url).toBe('/r');
    expect(JSON.parse(body)).toMatchObject({ consentId: 'x', method: 'custom', gpc: true, language: 'zh-Hant', categories: { a: true } });
  });

  it('fall back to fetch with keepalive, and a failure gives one warning, never an exception', async () => {
    vi.stubGlobal('navigator', { ...navigator, sendBeacon: undefined });
    const fetch = vi.fn(() => Promise.reject(new Error('offline')));
    vi.stubGlobal('fetch', fetch);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    sendReceipt('/r', snap);
    sendReceipt('/r', snap);
    await new Promise((r) => setTimeout(r));
    expect(fetch).toHaveBeenCalledWith('/r', expect.objectContaining({ method: 'POST', keepalive: true }));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/^\[consentry\] a consent receipt could not be sent/);
  });
});
