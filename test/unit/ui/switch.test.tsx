import { describe, expect, it } from 'vitest';
import { Switch } from '../../../src/ui/switch';
import { click, mountInto } from './render';

describe('Switch', () => {
  it('is a named switch that reports its state and asks to flip it', () => {
    const seen: boolean[] = [];
    const box = mountInto(() => (
      <div>
        <span id="n">Analytics</span>
        <Switch on={false} label="n" describedBy="d" onChange={(v) => seen.push(v)} />
      </div>
    ));
    const sw = box.querySelector('[role=switch]')!;
    expect(sw.tagName).toBe('BUTTON');
    expect(sw.getAttribute('type')).toBe('button');
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(sw.getAttribute('aria-labelledby')).toBe('n');
    expect(sw.getAttribute('aria-describedby')).toBe('d');
    click(sw);
    expect(seen).toEqual([true]);
  });

  it('shows on as aria-checked="true" and asks to switch off', () => {
    const seen: boolean[] = [];
    const box = mountInto(() => <Switch on label="n" onChange={(v) => seen.push(v)} />);
    expect(box.querySelector('[role=switch]')!.getAttribute('aria-checked')).toBe('true');
    click(box.querySelector('[role=switch]'));
    expect(seen).toEqual([false]);
  });
});
