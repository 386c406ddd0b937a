import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from '../../../src/ui/mount';
import css from '../../../styles/consentry.css?raw';

describe('mount', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('puts a host first in <body> with an open shadow root and the styles adopted', () => {
    document.body.innerHTML = '<p>page</p>';
    const root = mount('n0nce');
    const host = document.body.firstElementChild!;
    expect(host.tagName).toBe('CONSENTRY-UI');
    expect(host.shadowRoot).toBe(root);
    expect(root.adoptedStyleSheets.length).toBe(1);
    expect(root.querySelector('style')).toBe(null);
  });

  it('falls back to a <style> with the nonce where constructed sheets are missing', () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    const root = mount('n0nce');
    const style = root.querySelector('style')!;
    expect(style.nonce).toBe('n0nce');
    // The stylesheet itself is checked in Chromium (vitest hands CSS modules over empty).
    expect(style.textContent).toBe(css);
  });
});
