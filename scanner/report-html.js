import { servicesLiteral } from './config-literal.js';
import { STEP_TITLES, choiceText, cookieSource, violationText } from './report-text.js';
import { STEPS } from './verdicts.js';

/** Text for HTML: every character that could start markup is escaped. */
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const CSS = `
:root { color-scheme: light; font: 14px/1.45 system-ui, sans-serif; color: #1d2125; background: #f6f7f8; }
body { margin: 0 auto; padding: 24px; max-width: 1400px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; } h3 { font-size: 15px; margin: 0 0 6px; }
.meta { color: #555; margin: 0 0 16px; }
.steps { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px; }
.step { background: #fff; border: 1px solid #d6d9dc; border-radius: 8px; padding: 12px; overflow-wrap: anywhere; }
.step .how { color: #555; margin: 0 0 8px; }
.step h4 { font-size: 13px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
ul { margin: 0; padding-left: 18px; } li { margin: 2px 0; }
.bad { color: #a4161a; font-weight: 600; }
.ok { color: #1b6e2e; font-weight: 600; }
.shot { max-width: min(100%, 800px); border: 1px solid #d6d9dc; border-radius: 8px; }
pre { background: #fff; border: 1px solid #d6d9dc; border-radius: 8px; padding: 12px; overflow: auto; font-size: 13px; }
table { border-collapse: collapse; background: #fff; width: 100%; } td, th { border: 1px solid #d6d9dc; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
`;

const services = (n) => `${n} service${n == 1 ? '' : 's'}`;
const list = (items) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '<p>none</p>');

function stepHtml(name, step, flagged) {
  const bad = (kind, id) => flagged.has(`${name} ${kind} ${id}`);
  const mark = (text, isBad) => (isBad ? `<span class="bad">${esc(text)}</span>` : esc(text));
  const body = step.skipped
    ? ''
    : `${step.settled ? '' : '<p class="bad">The network never went quiet: what came later is missing.</p>'}
<h4>Cookies (${step.cookies.length})</h4>${list(step.cookies.map((c) => `${mark(c.name, bad('cookie', c.name))} <small>${esc(`${c.domain}${c.path}, ${c.expires == 'session' ? 'session' : 'until ' + c.expires.slice(0, 10)}, ${cookieSource(c)}`)}</small>`))}
<h4>Storage (${step.storage.length})</h4>${list(step.storage.map((s) => `${mark(`${s.area}.${s.key}`, bad('storage', s.key))}${s.setBy ? ` <small>by ${esc(s.setBy)}</small>` : ''}`))}
<h4>Third-party requests (${step.requests.length})</h4>${list(step.requests.map((r) => `${mark(r.host, bad('request', r.host))} <small>${esc(`${r.type}: ${r.url}`)}</small>`))}`;
  return `<section class="step"><h3>${esc(STEP_TITLES[name])}</h3><p class="how">${esc(choiceText(step) || ' ')}</p>${body}</section>`;
}

/**
 * The report as one self-contained HTML page: inline CSS, the screenshot as a data: URL, every text
 * escaped, and a Content-Security-Policy that lets it load nothing at all from elsewhere.
 * @param {import('./scan').Report} report
 * @param {{ catalogue?: Record<string, object>, date?: Date }} [options]
 */
export function htmlReport(report, { catalogue = {}, date = new Date() } = {}) {
  const v = report.violations;
  const f = report.findings;
  const pages = report.pages
    .map((page) => {
      const flagged = new Set(v.filter((x) => x.page == page.url).map((x) => `${x.step} ${x.kind} ${x.name || x.host}`));
      return `<h2>${esc(page.url)}</h2>
<p class="meta">${page.consentry ? `Consentry found; its config lists ${services(Object.keys(page.consentry.services).length)}.` : 'No consent library found: the first step shows what one would have to hold back.'}</p>
<div class="steps">${STEPS.map((s) => stepHtml(s, page.steps[s], flagged)).join('')}</div>`;
    })
    .join('\n');
  const shot = report.screenshot ? `<h2>The page before any choice</h2><img class="shot" alt="The first page before any choice" src="data:image/png;base64,${report.screenshot.toString('base64')}">` : '';
  const rows = v.map((x) => `<tr><td>${esc(x.page)}</td><td>${esc(STEP_TITLES[x.step])}</td><td>${esc(violationText(x))}</td></tr>`).join('');
  const findings = [
    ...f.consentryErrors.map((e) => `Consentry said: ${esc(e.text)} <small>(${esc(e.page)}, ${esc(STEP_TITLES[e.step].toLowerCase())})</small>`),
    ...f.unseenServices.map((s) => `Configured but never seen: ${esc(s.service)} (${esc(s.category)})`),
    ...(f.unlisted.hosts.length ? [`Hosts not in the config: ${esc(f.unlisted.hosts.join(', '))}`] : []),
    ...(f.unlisted.cookies.length ? [`Cookies not in the config: ${esc(f.unlisted.cookies.join(', '))}`] : []),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consentry scan: ${esc(report.pages[0] ? report.pages[0].url : '')}</title>
<style>${CSS}</style></head><body>
<h1>Consentry scan</h1>
<p class="meta">${esc(report.pages.map((p) => p.url).join(', '))}, scanned ${esc(date.toISOString().slice(0, 16).replace('T', ' '))} UTC</p>
${v.length ? `<p class="bad">${v.length} violation${v.length == 1 ? '' : 's'}: sent or stored before the visitor chose, or after “Reject all” (in red below).</p>` : '<p class="ok">No violations: no third-party request, cookie or storage before a choice or after “Reject all”.</p>'}
${pages}
${v.length ? `<h2>Violations</h2><table><tr><th>Page</th><th>Step</th><th>What</th></tr>${rows}</table>` : ''}
${findings.length ? `<h2>Findings</h2>${list(findings)}` : ''}
${shot}
<h2>Suggested config</h2>
<p>Paste into <code>window.consentryConfig</code>, then fill in what the comments ask.</p>
<pre>${esc(servicesLiteral(report.suggestedConfig, catalogue))}</pre>
</body></html>
`;
}
