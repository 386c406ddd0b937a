import type { Choices, Method, Snapshot } from './types';
import type { Core } from '../gate/create-consentry';

/** Records decisions: the part of Consentry that only runs when a visitor (or the site) decides. */
export interface Engine {
  all(value: boolean, method: Method): Snapshot;
  set(choices: Choices, method: Method): Snapshot;
  reset(): Snapshot;
}

export type EngineFactory = (core: Core) => Engine;
