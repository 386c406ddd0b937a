/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { policyHref } from '../shared/policy-href';

/** A link to the policy section a category or service comes from, named after it for screen readers. */
export function PolicyLink({ store, anchor, about }: { store: Store; anchor?: string; about: string }) {
  if (!anchor) return null;
  const text = store.texts.policySection;
  return (
    <a class="sec" href={policyHref(store.cfg.policy.url, anchor)} aria-label={`${text}: ${about}`}>
      {text}
    </a>
  );
}
