// consentry.js, the script tag build: installs the gate at once from window.consentryConfig.
import { installGate } from './install-gate';

installGate(window.consentryConfig);
