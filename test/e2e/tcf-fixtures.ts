import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleConfig } from './browser';

const DIR = join(import.meta.dirname, '..', '..', 'demo', 'tcf');
/** The fixture vendor list of demo/tcf (version 101) and its translations. */
export const vendorList = () => JSON.parse(readFileSync(join(DIR, 'vendor-list.json'), 'utf8'));
export const translation = (lang: 'zh' | 'zh-hant') => readFileSync(join(DIR, `purposes-${lang}.json`), 'utf8');

/** A site that sells advertising under TCF: four fixture vendors and two Google ATPs. */
export const tcfConfig = {
  ...exampleConfig,
  tcf: {
    cmpId: 12,
    cmpVersion: 3,
    vendorListUrl: '/tcf/vendor-list.json',
    vendors: [10, 20, 30, 40],
    publisherCountryCode: 'DE',
    googleAtp: [
      { id: 89, name: 'Fixture ATP One', policyUrl: 'https://atp89.example/privacy' },
      { id: 1301, name: 'Fixture ATP Two' },
    ],
  },
};

/**
 * A vendor script that runs right after the tag, before the CMP has loaded: pings the stub and registers an
 * event listener, logging every event status and TC string.
 */
export const VENDOR_SCRIPT = `<script>
  window.tcf = { events: [], ping: null };
  __tcfapi('ping', 2, (p) => { tcf.ping = p; });
  __tcfapi('addEventListener', 2, (data, ok) => { tcf.events.push({ status: data && data.eventStatus, ok, tcString: data && data.tcString, ac: data && data.addtlConsent }); });
</script>`;

/** An ad iframe on another origin: finds the __tcfapiLocator frame and asks for TC data through postMessage. */
export const AD_FRAME = `<!doctype html><html><body><script>
  window.replies = [];
  let frame = window; let cmp = null;
  while (frame) { try { if (frame.frames['__tcfapiLocator']) { cmp = frame; break; } } catch (e) {} if (frame === window.top) break; frame = frame.parent; }
  addEventListener('message', (e) => { const d = typeof e.data == 'string' ? JSON.parse(e.data) : e.data; if (d && d.__tcfapiReturn) replies.push(d.__tcfapiReturn); });
  window.ask = (command, callId, asText) => {
    const msg = { __tcfapiCall: { command, version: 2, callId } };
    cmp.postMessage(asText ? JSON.stringify(msg) : msg, '*');
  };
  window.found = !!cmp;
</script></body></html>`;

export const tcfPage = (config: object, body = '', lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<script>window.consentryConfig = ${JSON.stringify(config)};</script>
<script src="/dist/consentry-tcf.js"></script>
${VENDOR_SCRIPT}
</head><body><main><h1>News</h1><button type="button" data-consentry-open>Privacy settings</button></main>
<script type="text/plain" data-consent="advertising">window.adTag = true</script>
<script type="text/plain" data-consent="analytics">window.analyticsTag = true</script>
${body}</body></html>`;
