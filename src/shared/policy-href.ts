import { safeUrl } from './safe-url';

/**
 * Where a policy anchor points: a `#fragment` is a section of `policy.url`; anything else is used as is.
 * '' when the result is not an http(s) or relative URL (`javascript:`, `data:`): render no link then.
 */
export function policyHref(policyUrl: string, anchor: string): string {
  const href = anchor[0] == '#' ? policyUrl.split('#')[0] + anchor : anchor;
  return safeUrl(href) ? href : '';
}
