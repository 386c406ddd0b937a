// consentry-engine.js: loaded by the gate when a decision is first needed.
import { createEngine } from './record-decisions';

(window as { consentryEngine?: typeof createEngine }).consentryEngine = createEngine;
