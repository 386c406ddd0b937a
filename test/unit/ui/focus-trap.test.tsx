import { describe, expect, it } from 'vitest';
import { trapTab } from '../../../src/ui/focus-trap';

const key = (box: HTMLElement, shiftKey = false) => {
  const e = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
  trapTab(e, box);
  return e.defaultPrevented;
};

describe('trapTab', () => {
  it('wraps Tab from the last control to the first and Shift+Tab from the first (or the dialog) to the last', () => {
    const box = document.createElement('div');
    box.tabIndex = -1;
    box.innerHTML = '<button>a</button><a href="#x">b</a><button>c</button>';
    document.body.append(box);
    const [a, , c] = box.querySelectorAll<HTMLElement>('button,a');
    c.focus();
    expect(key(box)).toBe(true);
    expect(document.activeElement).toBe(a);
    expect(key(box, true)).toBe(true);
    expect(document.activeElement).toBe(c);
    box.focus();
    expect(key(box, true)).toBe(true);
    expect(document.activeElement).toBe(c);
    a.focus();
    expect(key(box)).toBe(false);
  });
});
