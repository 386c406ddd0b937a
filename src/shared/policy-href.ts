/** Where a policy anchor points: a `#fragment` is a section of `policy.url`; anything else is used as is. */
export function policyHref(policyUrl: string, anchor: string): string {
  return anchor[0] == '#' ? policyUrl.split('#')[0] + anchor : anchor;
}
