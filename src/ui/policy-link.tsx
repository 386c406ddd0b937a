/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { policyHref } from '../shared/policy-href';

/**
 * A link to the policy section a category or service comes from, named after it for screen readers; none
 * without an anchor or for one that is not a safe URL.
 */
export function policyLink(store: Store, anchor: string | undefined, about: string) {
  const href = anchor && policyHref(store.cfg.policy.url, anchor);
  if (!href) return null;
  const text = store.texts.policySection;
  return (
    <a class="sec" href={href} aria-label={text + store.texts.colon + about}>
      {text}
    </a>
  );
}
