import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Site } from '../e2e/browser';
import { UNKNOWN } from '../../scanner/suggest.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'scanner', 'cli.js');

/** Runs the CLI as a child process; resolves with its exit code and output. */
function cli(args: string[], script = CLI): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { timeout: 110000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code == 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('npx consentry scan (the CLI, as a child process)', () => {
  let site: Site;
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'consentry-scan-'));
    site = await serve();
    // localhost is another host than 127.0.0.1: a real third party on this machine, without routing.
    const third = site.url.replace('127.0.0.1', 'localhost');
    site.page('/', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home</title></head><body>
<h1>Home</h1><p><a href="#top">Top</a> <a href="/about">About us</a> <a href="${third}/elsewhere">Elsewhere</a></p></body></html>`);
    site.page('/about', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>About</title></head><body>
<h1>About</h1><img src="${third}/px.gif" alt=""><script src="${third}/tag.js"></script></body></html>`);
    site.page('/tag.js', { body: "document.cookie = '_lt=1; max-age=864000; path=/';", type: 'text/javascript' });
    site.page('/px.gif', { body: '', type: 'image/gif' });
  });
  afterAll(async () => {
    await site?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('follows one same-origin link with --pages 1, prints JSON, writes HTML and exits 1 on a violation', async () => {
    const html = join(out, 'report.html');
    const { code, stdout, stderr } = await cli(['scan', site.url + '/', '--pages', '1', '--json', '--html', html, '--fail-on-violation', '--settle', '500']);
    expect(stderr).toContain(`[consentry scan] [page 1] ${site.url}/: before any choice\n`);
    // '#top' is the page itself, 'Elsewhere' another origin: one link to follow.
    expect(stderr).toContain(`[consentry scan] 1 same-origin link on ${site.url}/; scanning 1\n`);
    expect(stderr).toContain(`[consentry scan] [page 2] ${site.url}/about: before any choice\n`);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.pages.map((p: { url: string }) => p.url)).toEqual([`${site.url}/`, `${site.url}/about`]);
    const third = site.url.replace('127.0.0.1', 'localhost');
    expect(json.violations).toEqual([
      { page: `${site.url}/about`, step: 'before', kind: 'cookie', name: '_lt', initiator: `${third}/tag.js` },
      { page: `${site.url}/about`, step: 'before', kind: 'request', host: 'localhost', initiator: `${site.url}/about` },
    ]);
    expect(json.pages[1].steps.reject).toMatchObject({ skipped: 'no consent library found', cookies: [], storage: [], requests: [] });
    expect(json.suggestedConfig).toEqual({
      services: { localhost: { category: UNKNOWN, hosts: ['localhost'], cookies: [{ name: '_lt', lifetime: { days: 10 } }], policyAnchor: '' } },
    });
    expect(readFileSync(html, 'utf8')).toContain('<h2>Suggested config</h2>');
  });

  it('exits 0 without --fail-on-violation, with the text report on stdout', async () => {
    const { code, stdout } = await cli(['scan', site.url + '/about', '--settle', '300']);
    expect(code).toBe(0);
    expect(stdout).toContain('2 violations: sent or stored before the visitor chose, or after "Reject all"');
    expect(stdout).toContain("  localhost: {\n    category: 'unknown—choose',");
  });

  it('prints its usage with --help', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npx consentry scan <url> \[options\]/);
    expect(stdout).toContain('--fail-on-violation');
  });

  it('exits 2 with what to do when Chromium is missing, an option is wrong or the page does not load', async () => {
    const missing = await cli(['scan', site.url + '/', '--chromium', join(out, 'no-chromium')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`Chromium not found at ${join(out, 'no-chromium')}. Install it with: apt-get install -y chromium`);
    const wrong = await cli(['scan', site.url + '/', '--pages', 'two']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--pages must be a whole number, 0 or more (not two)');
    const down = await cli(['scan', 'http://127.0.0.1:9/', '--timeout', '2000']);
    expect(down.code).toBe(2);
    expect(down.stderr).toContain('[consentry scan] Could not load http://127.0.0.1:9/');
  });

  it('says how to install playwright-core when it is not installed', async () => {
    const copy = join(out, 'package');
    cpSync(join(ROOT, 'scanner'), join(copy, 'scanner'), { recursive: true });
    expect(existsSync(join(copy, 'node_modules'))).toBe(false);
    const { code, stderr } = await cli(['scan', site.url + '/'], join(copy, 'scanner', 'cli.js'));
    expect(code).toBe(2);
    expect(stderr).toContain('The scanner needs playwright-core, which is not installed. Install it with: npm install playwright-core');
  });
});
