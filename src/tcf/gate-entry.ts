// consentry-tcf.js: the gate with the IAB TCF stub, for sites that sell advertising under TCF. One synchronous
// tag instead of consentry.js; consentry-tcf-cmp.js follows on every page view (ad tech needs TC data on
// returning visits too), the TCF banner (consentry-tcf-ui.js) only when a choice is needed.
import type { ConsentryApi, ResolvedConfig } from '../shared/types';
import type { TcfConfig } from './types';
import type { TcfLink } from './gate-link';
import type { TcfCmpHandle } from './cmp-contract';
import { installGate } from '../gate/install-gate';
import { error } from '../shared/log';
import { installStub } from './stub';
import { cmpIdProblem } from './cmp-id';
import { tcfLink } from './gate-link';

/** What consentry-tcf-cmp.js is handed when it has loaded. */
export interface CmpContext {
  api: ConsentryApi;
  link: TcfLink;
  tcf: TcfConfig;
}

declare global {
  interface Window {
    consentryTcfCmp?: (context: CmpContext) => void;
    /** The CMP, for the TCF banner. */
    consentryTcf?: Promise<TcfCmpHandle>;
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const input = window.consentryConfig;
const tcf = input?.tcf;
const problem = cmpIdProblem(tcf);
if (problem) {
  error(problem + '. No TC string is made and nothing non-essential runs.');
  tcfLink.refused = true;
}
if (!installStub(!!problem)) error('another CMP already defines __tcfapi on this page: remove it or consentry-tcf.js');
const api = installGate(input, {}, script);
window.consentryTcf = new Promise((resolve) => (tcfLink.provide = resolve));

if (api && !problem) loadCmp(api, api.config);
else tcfLink.load(null);

function loadCmp(api: ConsentryApi, cfg: ResolvedConfig): void {
  const el = document.createElement('script');
  el.src = tcf!.cmpSrc || new URL('consentry-tcf-cmp.js', script?.src || document.baseURI).href;
  if (cfg.nonce) el.nonce = cfg.nonce;
  el.onload = () => {
    if (window.consentryTcfCmp) window.consentryTcfCmp({ api, link: tcfLink, tcf: tcf! });
    else el.onerror!('');
  };
  el.onerror = () => {
    error(`could not load ${el.src}: keep consentry-tcf-cmp.js next to consentry-tcf.js, or set tcf.cmpSrc. No TC string is made.`);
    tcfLink.load(null);
  };
  document.head.appendChild(el);
}
