import type { ResolvedConfig, Snapshot } from '../shared/types';
import { LOAD_TIMEOUT, type TagProblem } from '../shared/engine-contract';
import { hostsOf } from '../shared/config';
import { error, warn } from '../shared/log';

/** Why a tag does not run, in words a site owner can act on. */
export function explainTag(cfg: ResolvedConfig, problem: TagProblem, el: Element): void {
  const cat = el.getAttribute('data-consent');
  const svc = el.getAttribute('data-service');
  const src = el.getAttribute('src') || el.getAttribute('data-src');
  if (problem == 'slow') return warn(`'${src}' did not load within ${LOAD_TIMEOUT / 1000} s; the tags after it run without waiting for it`, el);
  error(
    problem == 'unknown'
      ? `data-consent="${cat}"${svc ? ` data-service="${svc}"` : ''} names no category (or service of that category) in the config; the tag stays inert. ` +
          `Write one of the categories (${Object.keys(cfg.categories).join(', ')})` +
          (svc ? ` and a service of it (${Object.keys(cfg.services).join(', ') || 'none configured'})` : '')
      : problem == 'nonce'
        ? "an inert script without the page's nonce stays inert: under a CSP with 'strict-dynamic' releasing it would trust markup the page did not mark as its own. " +
            'Give the inert tags you write the nonce that consentry.js\'s own tag carries: <script type="text/plain" nonce="…" data-consent="…">'
        : `refused to release '${src}': only http(s) URLs load; the tag stays inert`,
    el,
  );
}

/**
 * What the engine checks about the page when it starts: a consent cookie the gate could not read, and `hosts`
 * in a config whose page has no blocker to hold them back.
 */
export function checkPage(cfg: ResolvedConfig, cookieValue: string | undefined, snap: Snapshot): void {
  // A cookie from which the gate read no decision, not even an older one, and that has not simply expired.
  const updated = parseInt(cookieValue?.split('.')[4] || '', 36);
  if (cookieValue && !snap.given && !snap.previous && !(updated + cfg.cookie.days * 86400 < Date.now() / 1000)) {
    error(`the stored consent cookie '${cfg.cookie.name}' is malformed or was altered; asking the visitor again`);
  }
  const hosts = cfg.blocking !== false && Object.values(cfg.services).some((s) => hostsOf(s).length);
  const check = () => {
    if (hosts && !(window as { consentryBlocker?: boolean }).consentryBlocker) {
      error(
        'services list hosts, but automatic blocking is not on this page, so nothing created by script is held back: ' +
          'load consentry-blocking.js (the gate with the blocker) instead of consentry.js, or add <script src="/consentry-blocker.js"></script> right after it',
      );
    }
  };
  if (document.readyState == 'complete') check();
  else addEventListener('load', check);
}
