// consentry-blocking.js: the gate and automatic blocking in one synchronous script tag.
import { installGate } from '../gate/install-gate';
import { startBlocker } from '../blocker/start-blocker';

startBlocker(installGate(window.consentryConfig));
