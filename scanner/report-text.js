import { servicesLiteral } from './config-literal.js';
import { STEPS } from './verdicts.js';

export const STEP_TITLES = { before: 'Before any choice', reject: 'After "Reject all"', accept: 'After "Accept all"' };
const count = (n, one, many = one + 's') => `${n} ${n == 1 ? one : many}`;

/** Who set a cookie, in words. */
export const cookieSource = (c) => (c.setBy.via == 'set-cookie' ? `Set-Cookie from ${c.setBy.host}` : c.setBy.url ? `script ${c.setBy.url}` : 'script (unknown)');

/** How a step's choice was made, in words. */
export function choiceText(step) {
  if (step.skipped) return step.skipped;
  if (!step.choice) return '';
  const how = step.choice.by == 'banner' ? 'clicked on the banner' : 'through window.consentry (no banner showed)';
  return step.choice.error ? `${how}, failed: ${step.choice.error}` : how;
}

/** One violation in words, without its page and step. */
export function violationText(v) {
  const what = v.kind == 'request' ? `request to ${v.host}` : v.kind == 'cookie' ? `cookie ${v.name}` : `storage key ${v.name}`;
  return v.initiator ? `${what}  (by ${v.initiator})` : what;
}

function stepLines(name, step) {
  const out = [`  ${STEP_TITLES[name]}${choiceText(step) ? ` (${choiceText(step)})` : ''}`];
  if (step.skipped) return out;
  if (!step.settled) out.push('    the network never went quiet: what came later is missing');
  out.push(`    ${count(step.cookies.length, 'cookie')}, ${count(step.storage.length, 'storage key')}, ${count(step.requests.length, 'third-party request')}`);
  for (const c of step.cookies) out.push(`    cookie   ${c.name}  ${c.domain}${c.path}  ${c.expires == 'session' ? 'session' : 'until ' + c.expires.slice(0, 10)}  ${cookieSource(c)}`);
  for (const s of step.storage) out.push(`    storage  ${s.area}.${s.key}${s.setBy ? '  by ' + s.setBy : ''}`);
  const hosts = new Map();
  for (const r of step.requests) {
    const h = hosts.get(r.host) || { n: 0, types: new Set() };
    h.n++, h.types.add(r.type), hosts.set(r.host, h);
  }
  for (const [host, h] of hosts) out.push(`    request  ${host}  ${count(h.n, 'request')} (${[...h.types].join(', ')})`);
  return out;
}

/**
 * The terminal report: each page's three steps, the violations, the other findings and the suggested
 * config to paste.
 * @param {import('./scan').Report} report
 * @param {{ catalogue?: Record<string, object> }} [options]
 */
export function textReport(report, { catalogue = {} } = {}) {
  const out = [];
  for (const page of report.pages) {
    out.push(`${page.url}`);
    out.push(page.consentry ? `  Consentry: found, ${count(Object.keys(page.consentry.services).length, 'service')} in its config` : '  Consentry: no consent library found');
    for (const name of STEPS) out.push(...stepLines(name, page.steps[name]));
    out.push('');
  }

  const v = report.violations;
  if (!v.length) out.push('No violations: no third-party request, cookie or storage before a choice or after "Reject all".');
  else {
    out.push(`${count(v.length, 'violation')}: sent or stored before the visitor chose, or after "Reject all"`);
    let where = '';
    for (const x of v) {
      const here = `  ${x.page}, ${STEP_TITLES[x.step].toLowerCase()}:`;
      if (here != where) out.push((where = here));
      out.push(`    ${violationText(x)}`);
    }
    out.push('  Write those tags inert (type="text/plain" data-consent="…"), or list their hosts for the blocker.');
  }

  const f = report.findings;
  if (f.consentryErrors.length) {
    out.push('', 'Consentry console messages:');
    for (const e of f.consentryErrors) out.push(`  ${e.text}  (${e.page}, ${STEP_TITLES[e.step].toLowerCase()})`);
  }
  if (f.unseenServices.length) {
    out.push('', 'Configured but never seen (no request to its hosts, no cookie of its): ' + f.unseenServices.map((s) => `${s.service} (${s.category})`).join(', '));
  }
  if (f.unlisted.hosts.length || f.unlisted.cookies.length) {
    out.push('', 'Seen but not in the config:');
    if (f.unlisted.hosts.length) out.push('  hosts: ' + f.unlisted.hosts.join(', '));
    if (f.unlisted.cookies.length) out.push('  cookies: ' + f.unlisted.cookies.join(', '));
  }
  out.push('', 'Suggested config (paste into window.consentryConfig, then fill in what the comments ask):');
  out.push(servicesLiteral(report.suggestedConfig, catalogue));
  return out.join('\n') + '\n';
}
