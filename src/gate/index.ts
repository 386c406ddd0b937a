// The script tag build: starts at once from window.consentryConfig; the engine loads when first needed.
import { start } from './init';

start(window.consentryConfig);
