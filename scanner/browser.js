import { existsSync } from 'node:fs';
import { ScanError } from './scan-error.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** No background traffic: the browser talks only to the pages it is sent to. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** playwright-core, an optional dependency: sites that only copy `dist/` never install it. */
async function playwright() {
  try {
    return await import('playwright-core');
  } catch (e) {
    if (e && e.code == 'ERR_MODULE_NOT_FOUND' && String(e.message).includes("'playwright-core'")) {
      throw new ScanError('The scanner needs playwright-core, which is not installed. Install it with: npm install playwright-core');
    }
    throw e;
  }
}

/**
 * Headless Chromium (Debian's by default; never a downloaded one).
 * @param {string} [executablePath]
 */
export async function launch(executablePath = DEFAULT_CHROMIUM) {
  if (!existsSync(executablePath)) {
    throw new ScanError(`Chromium not found at ${executablePath}. Install it with: apt-get install -y chromium (or give its path with --chromium)`);
  }
  const { chromium } = await playwright();
  return chromium.launch({ executablePath, args: ARGS });
}
