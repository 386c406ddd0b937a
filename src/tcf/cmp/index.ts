// consentry-tcf-cmp.js: loaded by consentry-tcf.js on every page view.
import { createCmp } from './create-cmp';

window.consentryTcfCmp = createCmp;
