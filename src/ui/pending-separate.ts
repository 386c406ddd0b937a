import type { ResolvedConfig, Snapshot } from '../shared/types';
import { needsSeparate } from '../shared/separate';

/**
 * The services still waiting for their separate consent: they need one, their category is allowed, and none
 * is on record. "Accept all" leaves them off; the `separate` view asks for them.
 */
export const pendingSeparate = (cfg: ResolvedConfig, s: Snapshot): string[] =>
  Object.keys(cfg.services).filter((id) => needsSeparate(cfg, id) && s.categories[cfg.services[id].category] && !s.separate[id]);
