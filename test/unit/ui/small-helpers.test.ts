import { describe, expect, it } from 'vitest';
import { revisionDate } from '../../../src/ui/revision-date';
import { cookieName } from '../../../src/shared/cookie-name';

describe('revisionDate', () => {
  it('shows an ISO date in the UI language', () => {
    expect(revisionDate('2020-09-25', 'en')).toBe('25 September 2020');
    expect(revisionDate('2020-09-25', 'en-US')).toBe('September 25, 2020');
    expect(revisionDate('2020-09-25', 'zh-Hans')).toBe('2020年9月25日');
    expect(revisionDate('2020-09-25', 'zh-Hant')).toBe('2020年9月25日');
  });
  it('shows anything else as given', () => {
    expect(revisionDate('v3', 'en')).toBe('v3');
    expect(revisionDate('2020-02-31', 'en')).toBe('2020-02-31');
  });
});

describe('cookieName', () => {
  it('shows a prefix pattern as a wildcard and anything else as given', () => {
    expect(cookieName('/^_ga_/')).toBe('_ga_*');
    expect(cookieName('_ga')).toBe('_ga');
    expect(cookieName('/^_x(a|b)$/')).toBe('/^_x(a|b)$/');
  });
});
