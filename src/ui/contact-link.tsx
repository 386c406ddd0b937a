/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { safeUrl } from '../shared/safe-url';

/** An e-mail address: one `@`, no spaces, no scheme. */
const EMAIL = /^[^\s@:/]+@[^\s@/]+$/;

/**
 * A contact from the config as the visitor reads it: an e-mail address links with `mailto:`, an http(s) or
 * relative URL links as is, anything else (`javascript:`, `data:`) is shown as text only.
 */
export function contactLink(contact: unknown) {
  const c = typeof contact == 'string' ? contact.trim() : '';
  const href = EMAIL.test(c) ? 'mailto:' + c : c && safeUrl(c) ? c : '';
  return href ? <a href={href}>{c}</a> : c;
}
