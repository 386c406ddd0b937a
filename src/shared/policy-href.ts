import { safeUrl } from './safe-url';

/**
 * Where a policy link points: a `#fragment` is a section of `policy.url`, another anchor is used as is, no
 * anchor is the policy itself. '' when that is not an http(s) or relative URL (`javascript:` never is).
 */
export function policyHref(policyUrl: string, anchor?: string): string {
  const href = anchor?.[0] == '#' ? policyUrl.split('#')[0] + anchor : anchor || policyUrl;
  return safeUrl(href) ? href : '';
}
