import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { exampleConfig, gatePage } from './browser';

const AXE = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's WCAG 2.x A/AA rules and best practices; returns violations as `rule: target` lines. */
export async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const { violations } = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

/** Waits until the UI's entrance animation is over, so colours are measured at full opacity. */
export const settled = (page: Page) =>
  page.waitForFunction(() => {
    const root = document.querySelector('consentry-ui')?.shadowRoot;
    return !!root && root.getAnimations().every((a) => a.playState == 'finished');
  });

/** The README example with what the UI shows: policy anchors, service texts, cookie lifetimes. */
export const uiConfig = {
  ...exampleConfig,
  categories: {
    necessary: { required: true },
    preferences: {},
    analytics: { policyAnchor: '#analytics' },
    advertising: { policyAnchor: '#advertising' },
  },
  services: {
    'site-analytics': { category: 'analytics', cookies: [{ name: '_ica_id', lifetime: '13 months' }, '/^_ica_s_/'], policyAnchor: '#analytics' },
    'ad-partner': { category: 'advertising', cookies: [{ name: '_adp', lifetime: '3 months' }], policyAnchor: 'https://ads.example/privacy' },
  },
  ui: {
    texts: {
      en: { services: { 'site-analytics': { name: 'Site analytics', purpose: 'Counts visits and faults.' }, 'ad-partner': { name: 'Ad partner', purpose: 'Shows and measures ads.' } } },
    },
  },
};

/** A page with the gate, in the given `<html lang>`, with a link that reopens the preferences. */
export function uiPage(config: object = uiConfig, lang = 'en', extraHead = ''): string {
  return gatePage(
    config,
    '<main><h1>Shop</h1><p>Welcome.</p><p><button type="button" data-consentry-open>Privacy settings</button></p></main>',
    '<title>Shop</title>' + extraHead,
  ).replace('<html lang="en">', `<html lang="${lang}">`);
}

/** Records every consentry:consent and consentry:change event as `name method` in window.events. */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { events: string[] };
    w.events = [];
    for (const name of ['consent', 'change']) {
      addEventListener('consentry:' + name, (e) => w.events.push(`${name} ${(e as CustomEvent).detail.method}`));
    }
  });
}

export const events = (page: Page) => page.evaluate(() => (window as unknown as { events: string[] }).events);

/** Text or label of the focused element, looking through shadow roots. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return null;
    const by = a.getAttribute('aria-labelledby');
    const named = by && (a.getRootNode() as ShadowRoot | Document).getElementById(by);
    return a.getAttribute('aria-label') || (named ? named.textContent : a.textContent?.trim()) || a.tagName;
  });

/** Presses Tab until `label` has focus; returns how many presses it took (fails after `max`). */
export async function tabTo(page: Page, label: string, max = 12, key = 'Tab'): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if ((await focused(page)) == label) return i;
  }
  throw new Error(`${label} not reached with ${max} presses of ${key}; focus is on ${await focused(page)}`);
}

export const state = (page: Page) => page.evaluate(() => window.consentry!.get());
