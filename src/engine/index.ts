// consentry-engine.js: loaded by the gate when a decision is first needed.
import { createEngine } from '../core/engine';

(window as { consentryEngine?: typeof createEngine }).consentryEngine = createEngine;
