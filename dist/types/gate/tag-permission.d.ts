import type { ResolvedConfig } from '../shared/types';
import type { TagProblem } from '../shared/engine-contract';
/**
 * Whether an inert tag may run: `true` now, `false` not yet (its consent is missing), `null` never. Its
 * `data-consent` (and `data-service`) must name the config's ids, and where the gate has a nonce a script must
 * carry it: under `'strict-dynamic'` a script the gate creates is trusted, so releasing markup the page did
 * not mark as its own (a comment, an injected fragment) would turn it into running script. What can never
 * run goes to `explain`. `ran` collects the category and service ids whose tags ran on this page.
 */
export declare function createTagPermission(cfg: ResolvedConfig, allowed: (id: string) => boolean, explain: (problem: TagProblem, el: Element) => void): {
    permitted: (el: Element) => boolean | null;
    ran: Record<string, boolean>;
};
