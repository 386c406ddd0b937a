import type { Core } from '../gate/create-consentry';
import type { Engine } from '../shared/engine-contract';
/**
 * Records decisions: checks the config in full (one message per mistake), writes the consent cookie,
 * deletes the cookies of what was withdrawn, sends receipts and tells other tabs.
 */
export declare function createEngine(core: Core): Engine;
