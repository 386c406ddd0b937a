// consentry-blocker.js: loaded right after consentry.js when services list `hosts`.
import { startBlocker } from './start-blocker';

startBlocker(window.consentry);
