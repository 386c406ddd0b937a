import type { ResolvedConfig } from '../shared/types';
import type { TagProblem } from '../shared/engine-contract';

/**
 * Whether an inert tag may run: `true` now, `false` not yet (its consent is missing), `null` never. Its
 * `data-consent` (and `data-service`) must name the config's ids, and where the gate has a nonce a script must
 * carry it: under `'strict-dynamic'` a script the gate creates is trusted, so releasing markup the page did
 * not mark as its own (a comment, an injected fragment) would turn it into running script. What can never
 * run goes to `explain`. `ran` collects the category and service ids whose tags ran on this page.
 */
export function createTagPermission(cfg: ResolvedConfig, allowed: (id: string) => boolean, explain: (problem: TagProblem, el: Element) => void) {
  const { categories, services, nonce } = cfg;
  const ran: Record<string, boolean> = {};
  const permitted = (el: Element): boolean | null => {
    const cat = el.getAttribute('data-consent')!;
    const svc = el.getAttribute('data-service');
    const problem: TagProblem | 0 =
      !categories[cat] || (svc && services[svc]?.category != cat) ? 'unknown' : nonce && el.tagName == 'SCRIPT' && (el as HTMLScriptElement).nonce != nonce ? 'nonce' : 0;
    if (problem) {
      explain(problem, el);
      return null;
    }
    return allowed(svc || cat) && (ran[cat] = ran[svc || cat] = true);
  };
  return { permitted, ran };
}
