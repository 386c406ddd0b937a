#!/usr/bin/env node
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_CHROMIUM } from './browser.js';
import { htmlReport } from './report-html.js';
import { textReport } from './report-text.js';
import { scan, toJSON } from './scan.js';
import { ScanError } from './scan-error.js';

const USAGE = `Usage: npx consentry scan <url> [options]

Loads the page in Chromium three times, each in a fresh browser: before any choice, after "Reject all",
after "Accept all" (on Consentry's banner, or through window.consentry). Reports the cookies, storage
keys and third-party requests of each step, the violations (anything third-party before a choice or
after "Reject all"), and a services config to paste.

Options:
  --pages N            also scan up to N same-origin links found on the page (default 0)
  --json               print the report as JSON on stdout
  --html FILE          write the report as one self-contained HTML page
  --fail-on-violation  exit 1 when there is a violation (for CI)
  --chromium PATH      the Chromium to run (default ${DEFAULT_CHROMIUM})
  --settle MS          quiet window: how long nothing must happen after the last request (default 1000)
  --timeout MS         longest wait for the network to go quiet, each time (default 15000)
  --help               this text

Exit status: 0 scanned, 1 violations found with --fail-on-violation, 2 the scan could not run.
`;

const say = (message) => process.stderr.write(`[consentry scan] ${message}\n`);

/** The partner catalogue built next to the library, or none. */
async function loadCatalogue() {
  const file = new URL('../dist/services.mjs', import.meta.url);
  if (!existsSync(file)) {
    say('no partner catalogue (dist/services.mjs): hosts and cookies are not matched to known partners');
    return {};
  }
  try {
    return (await import(file.href)).services || {};
  } catch (e) {
    say(`the partner catalogue dist/services.mjs did not load (${e.message}); scanning without it`);
    return {};
  }
}

const number = (value, name) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ScanError(`--${name} must be a whole number, 0 or more (not ${value})`);
  return n;
};

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pages: { type: 'string' },
        json: { type: 'boolean' },
        html: { type: 'string' },
        'fail-on-violation': { type: 'boolean' },
        chromium: { type: 'string' },
        settle: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new ScanError(`${e.message}\nRun npx consentry --help for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, url, ...rest] = positionals;
  if (!command) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (command != 'scan') throw new ScanError(`Unknown command ${command}: the command is scan. Run npx consentry --help for the options.`);
  if (!url || rest.length) throw new ScanError(`Give one URL to scan: npx consentry scan https://example.com/`);

  const catalogue = await loadCatalogue();
  const report = await scan(url, {
    chromium: values.chromium,
    pages: number(values.pages, 'pages'),
    settle: number(values.settle, 'settle'),
    timeout: number(values.timeout, 'timeout'),
    catalogue,
    progress: say,
  });
  if (values.json) process.stdout.write(JSON.stringify(toJSON(report), null, 2) + '\n');
  else process.stdout.write(textReport(report, { catalogue }));
  if (values.html) {
    writeFileSync(values.html, htmlReport(report, { catalogue }));
    say(`wrote ${values.html}`);
  }
  return values['fail-on-violation'] && report.violations.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof ScanError) say(e.message);
    else say(`the scan failed: ${(e && e.stack) || e}`);
    process.exit(2);
  },
);
