import { describe, expect, it } from 'vitest';
import { lifetimeText } from '../../../src/ui/lifetime';

describe('cookie lifetimes', () => {
  it('are written in the UI language when given as a unit', () => {
    expect(lifetimeText({ months: 13 }, 'en')).toBe('13 months');
    expect(lifetimeText({ days: 1 }, 'en')).toBe('1 day');
    expect(lifetimeText({ months: 13 }, 'zh-Hans')).toBe('13个月');
    expect(lifetimeText({ minutes: 30 }, 'zh-Hant')).toBe('30 分鐘');
  });

  it('are shown as given when text', () => {
    expect(lifetimeText('session', 'zh-Hans')).toBe('session');
  });
});
