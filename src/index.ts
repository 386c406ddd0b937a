// The ESM build for bundlers: `import { init } from 'consentry'`; the engine comes bundled.
import type { ConsentryApi, ConsentryConfig } from './shared/types';
import { installGate } from './gate/install-gate';
import { createEngine } from './engine/record-decisions';
import { showSettingsButton } from './button/settings-button';

export type * from './shared/types';

/** Starts Consentry with `config` and returns the API (also `window.consentry`). */
export function init(config: ConsentryConfig): ConsentryApi {
  return installGate(config, { engine: createEngine, button: showSettingsButton }, null)!;
}
