// The ESM build for bundlers: `import { init } from 'consentry'`; the engine comes bundled.
import type { ConsentryApi, ConsentryConfig } from './core/types';
import { start } from './core/init';
import { createEngine } from './core/engine';
import { showSettingsButton } from './core/settings-button';

export type * from './core/types';

/** Starts Consentry with `config` and returns the API (also `window.consentry`). */
export function init(config: ConsentryConfig): ConsentryApi {
  return start(config, { engine: createEngine, button: showSettingsButton }, null)!;
}
