/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { policyHref } from '../shared/policy-href';

/** A link to `policy.url`, or its text alone when that is not a safe URL (`javascript:`, `data:`). */
export function policyPageLink(store: Store, text: string) {
  const href = policyHref(store.cfg.policy.url);
  return href ? <a href={href}>{text}</a> : text;
}
